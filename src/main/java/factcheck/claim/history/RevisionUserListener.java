package factcheck.claim.history;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ContextNotActiveException;
import org.hibernate.envers.RevisionListener;

/**
 * Stamps each revision with the signed-in user. Envers creates listeners itself, so the identity is looked up in
 * the CDI container rather than injected; changes made outside a request (start-up, demo data) or by an anonymous
 * caller get no name.
 */
public class RevisionUserListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        ((Revision) revisionEntity).username = currentUsername();
    }

    static String currentUsername() {
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
