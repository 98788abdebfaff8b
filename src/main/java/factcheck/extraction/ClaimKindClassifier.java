package factcheck.extraction;

import java.util.List;
import java.util.Set;

/**
 * Picks the {@link ClaimKind} that tells a fact-checker what evidence to look for. Rules are
 * checked in order of how much they constrain the evidence: a sentence whose core is a figure
 * needs data whatever else it does, a quote needs the speaker's record, and so on.
 */
final class ClaimKindClassifier {

    private static final Set<String> STATISTIC_QUALIFIERS = Set.of(
            "an estimated", "estimated", "about", "around", "nearly", "approximately", "roughly",
            "some", "almost", "more than", "fewer than", "less than", "at least", "up to", "over");
    private static final String[] QUOTE_VERBS = {
        "said", "says", "say", "told", "tells", "stated", "added", "noted", "insisted", "wrote",
        "tweeted", "explained", "argued", "warned"};

    ClaimKind classify(SentenceFeatures f) {
        Cues cues = f.cues();
        boolean predicts = CheckWorthinessScorer.predicts(cues.hedges());
        if (predicts && cues.attributions().isEmpty()) {
            // Unattributed forecasts cannot be checked against data yet, whatever figures they contain.
            return ClaimKind.PREDICTION;
        }
        if (hasStatisticCore(f.quantities())) {
            return ClaimKind.STATISTIC;
        }
        if (cues.directQuote() || isReportedSpeech(cues.attributions())) {
            return ClaimKind.QUOTE;
        }
        if (!cues.attributions().isEmpty()) {
            return ClaimKind.ATTRIBUTION;
        }
        if (!cues.comparisons().isEmpty()) {
            return ClaimKind.COMPARISON;
        }
        if (!cues.causes().isEmpty()) {
            return ClaimKind.CAUSAL;
        }
        if (predicts) {
            return ClaimKind.PREDICTION;
        }
        if (!cues.events().isEmpty() || !f.quantities().isEmpty()) {
            return hasOnlyDates(f.quantities()) || !cues.events().isEmpty() ? ClaimKind.EVENT : ClaimKind.STATISTIC;
        }
        return ClaimKind.OTHER;
    }

    /** Percentages, money, large or estimated counts: the figure itself is what must be checked. */
    private static boolean hasStatisticCore(List<Quantity> quantities) {
        for (int k = 0; k < quantities.size(); k++) {
            Quantity q = quantities.get(k);
            QuantityKind kind = QuantityKind.of(q);
            if (kind == QuantityKind.DATE) {
                continue;
            }
            boolean large = q.value() != null && isAtLeastThousand(q.value());
            boolean estimated = q.qualifier() != null && STATISTIC_QUALIFIERS.contains(q.qualifier());
            if (kind == QuantityKind.SHARE || kind == QuantityKind.MONEY || large || estimated) {
                return true;
            }
        }
        return false;
    }

    /** Values other than dates are plain decimals without leading zeros (see {@link NumberWords#format}). */
    private static boolean isAtLeastThousand(String value) {
        int point = value.indexOf('.');
        return (point < 0 ? value.length() : point) >= 4;
    }

    private static boolean hasOnlyDates(List<Quantity> quantities) {
        for (int k = 0; k < quantities.size(); k++) {
            if (QuantityKind.of(quantities.get(k)) != QuantityKind.DATE) {
                return false;
            }
        }
        return true;
    }

    private static boolean isReportedSpeech(List<String> attributions) {
        for (int k = 0; k < attributions.size(); k++) {
            if (TextScan.hasWordIn(attributions.get(k), QUOTE_VERBS)) {
                return true;
            }
        }
        return false;
    }
}
