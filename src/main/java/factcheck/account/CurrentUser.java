package factcheck.account;

import io.quarkus.runtime.BlockingOperationNotAllowedException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The signed-in user as pages see it ({@code inject:user}): who it is and what to offer. Hiding a button is only
 * a courtesy; the endpoints check roles themselves.
 */
@Named("user")
@RequestScoped
public class CurrentUser {

    private final SecurityIdentity identity;

    CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean isSignedIn() {
        return known() && !identity.isAnonymous();
    }

    public String getName() {
        return isSignedIn() ? identity.getPrincipal().getName() : null;
    }

    public boolean isEditor() {
        return isSignedIn() && identity.hasRole(Role.Names.EDITOR);
    }

    public boolean isAdmin() {
        return isSignedIn() && identity.hasRole(Role.Names.ADMIN);
    }

    /**
     * Whether the identity can be read here. An error page for a request refused before it reached an endpoint
     * is rendered on the I/O thread, where authentication (which may query the database) must not run; and the
     * cookies of a session that has ended authenticate nobody. Such a page is shown as to a visitor who is not
     * signed in.
     */
    private boolean known() {
        try {
            identity.isAnonymous();
            return true;
        } catch (BlockingOperationNotAllowedException | AuthenticationFailedException e) {
            return false;
        }
    }
}
