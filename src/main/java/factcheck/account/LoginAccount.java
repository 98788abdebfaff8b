package factcheck.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.PasswordType;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * An account as Quarkus Security JPA sees it when checking a password or a session: only enabled accounts, with
 * the roles their role includes. Backed by the {@code login_account} view, so disabling an account in
 * {@link Account} locks it out at once.
 */
@Entity
@Immutable
@Table(name = "login_account")
@UserDefinition
public class LoginAccount extends PanacheEntityBase {

    @Id
    public Long id;

    @Username
    public String username;

    /** bcrypt, in Modular Crypt Format. */
    @Password(PasswordType.MCF)
    public String passwordHash;

    /** Comma-separated, e.g. "EDITOR,REVIEWER". */
    @Roles
    public String roles;
}
