package factcheck.extraction;

import java.util.List;

/**
 * A check-worthy sentence found in a text.
 *
 * @param start      offset of the sentence in the input text, inclusive
 * @param end        offset of the sentence in the input text, exclusive
 * @param text       always {@code input.substring(start, end)}
 * @param score      check-worthiness between 0 and 1, rounded to two decimals
 * @param reasons    human-readable explanation of the score, strongest signals first
 * @param kind       what sort of claim this is
 * @param quantities numbers, percentages, money and dates in the sentence, in text order
 */
public record ExtractedClaim(int start, int end, String text, double score, List<String> reasons,
                             ClaimKind kind, List<Quantity> quantities) {

    public ExtractedClaim {
        reasons = List.copyOf(reasons);
        quantities = List.copyOf(quantities);
    }
}
