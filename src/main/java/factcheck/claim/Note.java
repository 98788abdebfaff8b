package factcheck.claim;

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
import org.hibernate.envers.Audited;

import java.time.Instant;

/** A reviewer's internal remark on a claim. Notes are never published; the rationale is. */
@Entity
@Audited
public class Note extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "note_seq")
    @SequenceGenerator(name = "note_seq", sequenceName = "note_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id", nullable = false)
    public Claim claim;

    @Column(nullable = false, columnDefinition = "text")
    public String text;

    /** Who wrote the note; null for notes from before accounts existed. */
    @Column(length = 40, updatable = false)
    public String author;

    @CreationTimestamp
    @Column(nullable = false, updatable = false)
    public Instant createdAt;
}
