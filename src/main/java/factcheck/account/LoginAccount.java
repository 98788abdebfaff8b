package factcheck.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.util.Optional;

/**
 * An account as sign-ins see it: only enabled accounts, with the roles their role includes. Backed by the
 * {@code login_account} view, so disabling an account in {@link Account} locks it out at once.
 */
@Entity
@Immutable
@Table(name = "login_account")
public class LoginAccount extends PanacheEntityBase {

    @Id
    public Long id;

    public String username;

    /** bcrypt, in Modular Crypt Format. */
    public String passwordHash;

    /** Comma-separated, e.g. "EDITOR,REVIEWER". */
    public String roles;

    static Optional<LoginAccount> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    /** Who the request acts as: this account's username, with its roles. */
    SecurityIdentity identity() {
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(username));
        for (String role : roles.split(",")) {
            identity.addRole(role.trim());
        }
        return identity.build();
    }
}
