package factcheck.account;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ContextNotActiveException;

/**
 * The username behind the current request, for the change history's revision listener, which Envers creates
 * itself (services are told who acts by their callers). Looked up rather than injected, so it also works where
 * nobody is signed in: start-up work and demo data get {@code null}.
 */
public final class SignedInUser {

    private SignedInUser() {
    }

    public static String usernameOrNull() {
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return null;
        }
        try (InstanceHandle<SecurityIdentity> handle = container.instance(SecurityIdentity.class)) {
            if (!handle.isAvailable()) {
                return null;
            }
            SecurityIdentity identity = handle.get();
            return identity.isAnonymous() ? null : identity.getPrincipal().getName();
        } catch (ContextNotActiveException e) {
            return null;
        }
    }
}
