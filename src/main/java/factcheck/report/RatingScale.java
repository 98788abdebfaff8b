package factcheck.report;

import factcheck.claim.ClaimLabels;
import factcheck.claim.Verdict;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/**
 * The rating scale every report publishes: each verdict's name, what it means, and its place on the 1–5 scale
 * ClaimReview readers (search engines, fact-check aggregators) expect. Unverifiable has no place on that scale:
 * it says nothing about how true the claim is, so it is published as words only.
 */
public final class RatingScale {

    public static final int BEST = 5;
    public static final int WORST = 1;

    /** The methodology note printed with every human-readable report. */
    public static final String METHODOLOGY = "Each claim is a single sentence of the article that states something"
            + " checkable (a number, a date, an event, a quotation). A reviewer checks it against the sources listed"
            + " with it, each marked as supporting, refuting or giving context, with the date it was consulted, and"
            + " gives one verdict from the scale below with a rationale. Claims that turned out not to be checkable"
            + " are listed as dismissed; claims without a verdict yet are listed as unreviewed. Neither counts as a"
            + " rating. Internal notes of the review are never published.";

    /** One step of the scale, as a report's rating-scale table shows it. */
    public record Rating(Verdict verdict, String label, String value, String meaning) {
    }

    private RatingScale() {
    }

    /** TRUE 5 … FALSE 1; empty for UNVERIFIABLE. */
    public static OptionalInt value(Verdict verdict) {
        return switch (verdict) {
            case TRUE -> OptionalInt.of(5);
            case MOSTLY_TRUE -> OptionalInt.of(4);
            case MIXED -> OptionalInt.of(3);
            case MISLEADING, MOSTLY_FALSE -> OptionalInt.of(2);
            case FALSE -> OptionalInt.of(WORST);
            case UNVERIFIABLE -> OptionalInt.empty();
        };
    }

    public static String label(Verdict verdict) {
        return ClaimLabels.label(verdict);
    }

    public static String meaning(Verdict verdict) {
        return switch (verdict) {
            case TRUE -> "Accurate, and nothing significant is missing.";
            case MOSTLY_TRUE -> "Accurate, but needs clarification or additional information.";
            case MIXED -> "Partly accurate and partly inaccurate.";
            case MISLEADING -> "Contains accurate elements but gives a false impression.";
            case MOSTLY_FALSE -> "Contains an element of truth but ignores facts that change the picture.";
            case FALSE -> "Inaccurate.";
            case UNVERIFIABLE -> "The available evidence neither confirms nor refutes it.";
        };
    }

    /** Every verdict, best first, as one table. */
    public static List<Rating> ratings() {
        return Arrays.stream(Verdict.values())
                .map(verdict -> new Rating(verdict, label(verdict),
                        value(verdict).isPresent() ? value(verdict).getAsInt() + " of " + BEST : "not rated",
                        meaning(verdict)))
                .toList();
    }
}
