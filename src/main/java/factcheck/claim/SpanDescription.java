package factcheck.claim;

import factcheck.extraction.ClaimKind;
import factcheck.extraction.ExtractedClaim;
import factcheck.extraction.Quantity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How a claim over a stretch of text a reviewer chose is described: as the extractor sees that text, or, for a claim
 * marked by hand, by who marked it.
 */
final class SpanDescription {

    private static final String MARKED_BY_HAND = "marked by hand by ";

    private SpanDescription() {
    }

    /**
     * The reason a claim marked by hand shows: who marked it, rather than the machine's reasons for a
     * sentence the machine did not propose. Kept when the claim is resized or merged later.
     */
    private static List<String> markedByHand(Claim claim, String actor) {
        if (claim.reasons != null && claim.reasons.size() == 1 && claim.reasons.get(0).startsWith(MARKED_BY_HAND)) {
            return claim.reasons;
        }
        return new ArrayList<>(List.of(MARKED_BY_HAND + (actor == null ? "a reviewer" : actor)));
    }

    /**
     * Points the claim at the span and describes it as the extractor sees the sentences it covers ({@code sentences}
     * are the whole text's, scored): the best score, their reasons (for a claim marked by hand, who marked it
     * instead), the first one's kind, and the quantities inside the span.
     */
    static void describe(Claim claim, String text, Span span, List<ExtractedClaim> sentences, String actor) {
        claim.anchorAt(text, span.start(), span.end(), actor);
        claim.anchorState = AnchorState.ANCHORED;
        List<ExtractedClaim> covered = sentences.stream()
                .filter(sentence -> span.overlaps(sentence.start(), sentence.end()))
                .toList();
        Set<String> reasons = new LinkedHashSet<>();
        List<Quantity> quantities = new ArrayList<>();
        double score = 0;
        for (ExtractedClaim sentence : covered) {
            score = Math.max(score, sentence.score());
            reasons.addAll(sentence.reasons());
            sentence.quantities().stream()
                    .filter(quantity -> quantity.start() >= span.start() && quantity.end() <= span.end())
                    .forEach(quantities::add);
        }
        claim.score = score;
        claim.reasons = claim.manual ? markedByHand(claim, actor) : new ArrayList<>(reasons);
        claim.quantities = quantities;
        claim.kind = covered.isEmpty() ? ClaimKind.OTHER : covered.get(0).kind();
    }
}
