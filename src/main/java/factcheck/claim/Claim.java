package factcheck.claim;

import factcheck.article.Article;
import factcheck.database.TimestampedEntity;
import factcheck.extraction.ClaimKind;
import factcheck.extraction.ExtractedClaim;
import factcheck.extraction.Quantity;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One checkable statement in an article: where it stands in the text, why it was proposed, and its review.
 * The workflow rules (a verdict exactly when reviewed) live in {@link ClaimService}.
 */
@Entity
@Audited
public class Claim extends TimestampedEntity {

    /** Characters of context kept either side of a claim, as in a W3C TextQuoteSelector. */
    public static final int QUOTE_CONTEXT = 32;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_seq")
    @SequenceGenerator(name = "claim_seq", sequenceName = "claim_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", nullable = false, updatable = false)
    public Article article;

    /** Position among the article's claims, in text order, from 1: changes as claims are added, split or merged. */
    @Column(nullable = false)
    @NotAudited
    public int ordinal;

    /**
     * The claim's number within its article, what people cite ("see claim 21"): given when the claim is created,
     * never changed, never given to another claim of the article (see {@link ClaimNumbers}).
     */
    @Column(nullable = false, updatable = false)
    @NotAudited
    public int number;

    @Column(nullable = false, columnDefinition = "text")
    public String text;

    @Column(name = "start_offset", nullable = false)
    public int start;

    @Column(name = "end_offset", nullable = false)
    public int end;

    @Column(nullable = false, length = 32)
    public String textPrefix;

    @Column(nullable = false, length = 32)
    public String textSuffix;

    @Column(nullable = false)
    public double score;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> reasons = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ClaimKind kind;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Quantity> quantities = new ArrayList<>();

    /** Red flags the workbench raised by itself ({@link RedFlags}); derived from the text, so not in the history. */
    @JdbcTypeCode(SqlTypes.JSON)
    @NotAudited
    @Column(nullable = false)
    public List<ClaimFlag> flags = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ClaimStatus status = ClaimStatus.UNREVIEWED;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public Verdict verdict;

    @Column(columnDefinition = "text")
    public String rationale;

    /** Marked by a person (selected in the text, or split off a claim) rather than proposed by the extractor. */
    @Column(nullable = false)
    public boolean manual;

    /** Who gave the verdict or dismissed the claim; null while it is not reviewed. */
    @Column(length = 40)
    public String reviewedBy;

    /**
     * The user asked to review the claim. Excluded from the row's version, and no change of the review's: assigning
     * a claim must not make the review its reviewer has open stale.
     */
    @Column(length = 40)
    @OptimisticLock(excluded = true)
    public String assignee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public AnchorState anchorState = AnchorState.ANCHORED;

    /** Set when an edit of the article changed or removed the claim's sentence; cleared by the next review. */
    @Column(nullable = false)
    public boolean needsReview;

    /** The claim's text before an edit of the article changed it. */
    @Column(columnDefinition = "text")
    public String previousText;

    @OneToMany(mappedBy = "claim", cascade = CascadeType.REMOVE)
    @OrderBy("createdAt, id")
    @NotAudited
    public List<Source> sources = new ArrayList<>();

    @OneToMany(mappedBy = "claim", cascade = CascadeType.REMOVE)
    @OrderBy("createdAt, id")
    @NotAudited
    public List<Note> notes = new ArrayList<>();

    /**
     * The review's version, the claim's ETag: it changes when the review is saved or what the claim says changes
     * (its wording, or its sentence leaving the text), never when a correction elsewhere only moves the claim, so
     * an open review stays valid through such corrections.
     */
    @NotAudited
    @Column(nullable = false)
    public long version;

    /** Who last changed the review or the wording (see {@link #version}), and when: what a stale save is told. */
    @NotAudited
    @Column(length = 40)
    public String savedBy;

    @NotAudited
    public Instant savedAt;

    /**
     * The row's version, Hibernate's guard against two transactions writing the claim at once; it changes with
     * every write, moves included, so it is never shown to reviewers or API clients.
     */
    @Version
    public long rowVersion;

    /** Records a change to what the review is about, which makes every review opened before it stale. */
    void changedBy(String username) {
        version++;
        savedBy = username;
        savedAt = Instant.now();
    }

    /** Whether a person has worked on the claim: such claims are never deleted by a re-extraction. */
    public boolean hasReviewerWork() {
        return manual || status != ClaimStatus.UNREVIEWED || rationale != null || !sources.isEmpty() || !notes.isEmpty();
    }

    /**
     * Takes the extractor's view of the claim's sentence: its score, reasons, kind and quantities; a
     * claim marked by hand keeps the reason that says who marked it.
     */
    void describeAs(ExtractedClaim sentence) {
        score = sentence.score();
        reasons = manual ? reasons : new ArrayList<>(sentence.reasons());
        kind = sentence.kind();
        quantities = new ArrayList<>(sentence.quantities());
    }

    /** Whether the claim shares text with {@code [from, to)}: a flag or a sentence about its words. */
    public boolean overlaps(int from, int to) {
        return start < to && from < end;
    }

    /** Points a new claim at a stretch of its article's text, keeping the quote context for later edits. */
    void placeAt(String articleText, int newStart, int newEnd) {
        start = newStart;
        end = newEnd;
        text = articleText.substring(newStart, newEnd);
        textPrefix = articleText.substring(Math.max(0, newStart - QUOTE_CONTEXT), newStart);
        textSuffix = articleText.substring(newEnd, Math.min(articleText.length(), newEnd + QUOTE_CONTEXT));
    }

    /**
     * Points the claim at another stretch of its article's text. New wording is a new {@link #version} of what the
     * review is about, made by {@code actor}; the same words elsewhere are not.
     */
    void anchorAt(String articleText, int newStart, int newEnd, String actor) {
        if (text != null && !text.equals(articleText.substring(newStart, newEnd))) {
            changedBy(actor);
        }
        placeAt(articleText, newStart, newEnd);
    }
}
