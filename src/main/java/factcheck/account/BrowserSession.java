package factcheck.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.Instant;

/**
 * One signed-in browser, named by the secret in its session cookie; only the secret's SHA-256 is stored. Deleting
 * the row ends the session.
 */
@Entity
public class BrowserSession extends PanacheEntityBase {

    @Id
    @Column(length = 64)
    public String tokenHash;

    @Column(nullable = false, updatable = false)
    public Long accountId;

    @Column(nullable = false, updatable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant lastSeenAt;
}
