package factcheck.account;

import factcheck.database.TimestampedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import java.util.Optional;

/**
 * A person who signs in. Accounts are disabled, never deleted, so the history's usernames always name someone.
 * Logins read the {@link LoginAccount} view of this table.
 */
@Entity
public class Account extends TimestampedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, updatable = false, length = 40)
    public String username;

    @Column(length = 100)
    public String displayName;

    @Column(nullable = false, length = 100)
    public String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Role role;

    @Column(nullable = false)
    public boolean enabled = true;

    @Version
    public long version;

    public static Optional<Account> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    /** The name to show: the display name when there is one. */
    public String shownName() {
        return displayName == null || displayName.isBlank() ? username : displayName;
    }
}
