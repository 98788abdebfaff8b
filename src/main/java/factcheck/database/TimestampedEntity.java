package factcheck.database;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.time.Instant;

/**
 * When a row was created and last written, set by Hibernate. Audited entities keep the creation time in their
 * history (Envers audits a superclass's fields only when it says so); the time of the last write would only
 * repeat the revision's own.
 */
@MappedSuperclass
@Audited
public abstract class TimestampedEntity extends PanacheEntityBase {

    @CreationTimestamp
    @Column(nullable = false, updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @NotAudited
    @Column(nullable = false)
    public Instant updatedAt;
}
