package factcheck.claim;

import io.quarkus.qute.TemplateExtension;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Words and symbols for statuses and verdicts on pages. Each comes with a symbol as well as a colour, so
 * colour is never the only signal.
 */
@TemplateExtension
public final class ClaimLabels {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE_AND_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private ClaimLabels() {
    }

    /** What a red flag is about, as the heading of its message. */
    public static String label(FlagKind kind) {
        return switch (kind) {
            case ARITHMETIC -> "Numbers that do not add up";
            case ALTERED -> "Altered from the original";
        };
    }

    public static String label(ClaimStatus status) {
        return switch (status) {
            case UNREVIEWED -> "Unreviewed";
            case IN_PROGRESS -> "In progress";
            case REVIEWED -> "Reviewed";
            case DISMISSED -> "Dismissed";
        };
    }

    public static String symbol(ClaimStatus status) {
        return switch (status) {
            case UNREVIEWED -> "○";
            case IN_PROGRESS -> "◐";
            case REVIEWED -> "●";
            case DISMISSED -> "✕";
        };
    }

    public static String label(Verdict verdict) {
        return switch (verdict) {
            case TRUE -> "True";
            case MOSTLY_TRUE -> "Mostly true";
            case MIXED -> "Mixed";
            case MISLEADING -> "Misleading";
            case MOSTLY_FALSE -> "Mostly false";
            case FALSE -> "False";
            case UNVERIFIABLE -> "Unverifiable";
        };
    }

    public static String label(Stance stance) {
        return switch (stance) {
            case SUPPORTS -> "Supports";
            case REFUTES -> "Refutes";
            case CONTEXT -> "Context";
        };
    }

    /** "Reviewed: Mostly false", "In progress": the state a reviewer reads at a glance. */
    public static String decisionLabel(Claim claim) {
        return claim.verdict != null ? label(claim.verdict) : label(claim.status);
    }

    /** The CSS class that colours a claim: its verdict once reviewed, its status before. */
    public static String cssClass(Claim claim) {
        return claim.verdict != null ? cssClass(claim.verdict) : cssClass(claim.status);
    }

    public static String cssClass(Verdict verdict) {
        return "verdict-" + cssName(verdict);
    }

    public static String cssClass(ClaimStatus status) {
        return "status-" + cssName(status);
    }

    /**
     * The claim's mark in the article text, readable without colour: "3 ● Mostly false", "4 ○", and "⚑" when it
     * needs another look.
     */
    public static String badge(Claim claim) {
        String badge = claim.number + " " + symbol(claim.status);
        badge = claim.verdict != null ? badge + " " + label(claim.verdict) : badge;
        badge = claim.needsReview ? badge + " ⚑" : badge;
        return claim.flags.isEmpty() ? badge : badge + " ⚠";
    }

    /** Why a flagged claim needs review, in a few words: "its sentence changed", "split or merged", … */
    public static String flagReason(Claim claim) {
        if (claim.anchorState == AnchorState.ORPHANED) {
            return "no longer in the text";
        }
        return claim.previousText != null ? "its sentence changed" : "split or merged";
    }

    /** When the claim's review or wording last changed, as people read it: "14:32 UTC" today, else with the date. */
    public static String savedAtText(Claim claim) {
        if (claim.savedAt == null) {
            return "an unknown time";
        }
        boolean today = LocalDate.ofInstant(claim.savedAt, ZoneOffset.UTC).equals(LocalDate.now(ZoneOffset.UTC));
        return (today ? TIME : DATE_AND_TIME).format(claim.savedAt);
    }

    /** The key that gives the verdict on the article page: 1 for TRUE to 7 for UNVERIFIABLE. */
    public static int shortcut(Verdict verdict) {
        return verdict.ordinal() + 1;
    }

    private static String cssName(Enum<?> value) {
        return value.name().toLowerCase().replace('_', '-');
    }
}
