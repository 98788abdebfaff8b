package factcheck.account;

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
        return !identity.isAnonymous();
    }

    public String getName() {
        return isSignedIn() ? identity.getPrincipal().getName() : null;
    }

    public boolean isEditor() {
        return identity.hasRole(Role.Names.EDITOR);
    }

    public boolean isAdmin() {
        return identity.hasRole(Role.Names.ADMIN);
    }
}
