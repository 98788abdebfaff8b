package factcheck.claim.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

import java.time.Instant;

/**
 * One saved change set, as Hibernate Envers records it: every audited row written in a transaction points to the
 * same revision, which says when and by whom.
 */
@Entity
@Table(name = "revision")
@RevisionEntity(RevisionUserListener.class)
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revision_seq")
    @SequenceGenerator(name = "revision_seq", sequenceName = "revision_seq", allocationSize = 50)
    @RevisionNumber
    public Long id;

    @RevisionTimestamp
    @Column(nullable = false)
    public Instant timestamp;

    /** The principal name of whoever saved the change; null when nobody was signed in. */
    public String username;
}
