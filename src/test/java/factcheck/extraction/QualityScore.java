package factcheck.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * How well the extractor's claims agree with a gold file. Required sentences are the positives and
 * negatives the negatives; optional sentences count neither way. A gold sentence is proposed when
 * some claim overlaps it. Quantity accuracy is the share of gold quantities in required sentences
 * found in an overlapping claim with the same value and (for ranges) upper value; how units are
 * named differs between annotators ("customers" or "people"), so units are not compared here
 * (the sample article's test compares them).
 */
record QualityScore(String name, int required, int found, int negatives, int falsePositives, int quantities,
                    int quantitiesRight, List<String> missed, List<String> wronglyProposed,
                    List<String> wrongQuantities) {

    static QualityScore of(GoldFile gold, List<ExtractedClaim> claims) {
        List<String> missed = new ArrayList<>();
        List<String> proposed = new ArrayList<>();
        List<String> wrongQuantities = new ArrayList<>();
        int quantities = 0;
        for (GoldFile.GoldSentence g : gold.required()) {
            List<ExtractedClaim> overlapping = overlapping(gold.article(), g.sentence(), claims);
            if (overlapping.isEmpty()) {
                missed.add(g.sentence());
            }
            for (GoldFile.GoldQuantity q : g.quantities()) {
                quantities++;
                if (overlapping.stream().noneMatch(c -> c.quantities().stream().anyMatch(found -> same(q, found)))) {
                    wrongQuantities.add(q + " in: " + g.sentence());
                }
            }
        }
        for (GoldFile.GoldSentence g : gold.negatives()) {
            if (!overlapping(gold.article(), g.sentence(), claims).isEmpty()) {
                proposed.add(g.sentence());
            }
        }
        int required = gold.required().size();
        return new QualityScore(gold.name(), required, required - missed.size(), gold.negatives().size(),
                proposed.size(), quantities, quantities - wrongQuantities.size(), missed, proposed, wrongQuantities);
    }

    /** The sums of this score's counts and another's, as one group of files named {@code group}. */
    QualityScore plus(QualityScore other, String group) {
        return new QualityScore(group, required + other.required, found + other.found, negatives + other.negatives,
                falsePositives + other.falsePositives, quantities + other.quantities,
                quantitiesRight + other.quantitiesRight, List.of(), List.of(), List.of());
    }

    /** No files yet: the start of a sum. */
    static QualityScore none(String group) {
        return new QualityScore(group, 0, 0, 0, 0, 0, 0, List.of(), List.of(), List.of());
    }

    double precision() {
        return found + falsePositives == 0 ? 1 : (double) found / (found + falsePositives);
    }

    double recall() {
        return required == 0 ? 1 : (double) found / required;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double quantityAccuracy() {
        return quantities == 0 ? 1 : (double) quantitiesRight / quantities;
    }

    private static List<ExtractedClaim> overlapping(String article, String sentence, List<ExtractedClaim> claims) {
        int start = article.indexOf(sentence);
        if (start < 0) {
            throw new IllegalStateException("gold sentence not in article: " + sentence);
        }
        int end = start + sentence.length();
        return claims.stream().filter(c -> c.start() < end && c.end() > start).toList();
    }

    private static boolean same(GoldFile.GoldQuantity gold, Quantity found) {
        return sameValue(gold.value(), found.value())
                && (gold.upperValue() == null || sameValue(gold.upperValue(), found.upperValue()));
    }

    /** Numbers compare by value ("2.0" equals "2"); dates and other text compare as written. */
    private static boolean sameValue(String gold, String found) {
        if (gold == null || found == null) {
            return gold == found;
        }
        try {
            return new BigDecimal(gold).compareTo(new BigDecimal(found)) == 0;
        } catch (NumberFormatException e) {
            return gold.equals(found);
        }
    }
}
