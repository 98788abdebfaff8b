package factcheck.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import org.hibernate.annotations.CreationTimestamp;

import java.time.Instant;

/**
 * A per-user secret for API clients, sent as {@code Authorization: Bearer <token>}. Only its SHA-256 is stored:
 * the token itself is shown once, when it is created.
 */
@Entity
public class ApiToken extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    public Account account;

    @Column(nullable = false, length = 100)
    public String name;

    @Column(nullable = false, updatable = false, length = 64)
    public String tokenHash;

    @Column(nullable = false, updatable = false, length = 16)
    public String prefix;

    @CreationTimestamp
    @Column(nullable = false, updatable = false)
    public Instant createdAt;

    public Instant lastUsedAt;

    public Instant revokedAt;

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
