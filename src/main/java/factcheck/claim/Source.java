package factcheck.claim;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.time.LocalDate;

/** A piece of evidence attached to a claim, with its stance toward it. */
@Entity
@Audited
public class Source extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "source_seq")
    @SequenceGenerator(name = "source_seq", sequenceName = "source_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id", nullable = false)
    public Claim claim;

    @Column(nullable = false, length = 2048)
    public String url;

    @Column(length = 500)
    public String title;

    @Column(length = 200)
    public String publisher;

    @Column(columnDefinition = "text")
    public String excerpt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Stance stance;

    public LocalDate publishedOn;

    /** When the reviewer consulted the source: pages change, so reports cite the access date. */
    @Column(nullable = false)
    public Instant accessedAt;

    @CreationTimestamp
    @Column(nullable = false, updatable = false)
    public Instant createdAt;
}
