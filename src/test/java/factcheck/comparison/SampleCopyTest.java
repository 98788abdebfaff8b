package factcheck.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import factcheck.extraction.MiniLmEncoder;
import factcheck.extraction.Sentence;
import factcheck.extraction.SentenceSegmenter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The sample article, a machine-reworded copy, against the original it was spun from: the flagged facts
 * against the facts annotated by hand as changed ({@code originals/central-asia-altered.json}).
 */
class SampleCopyTest {

    private static final AlteredGold GOLD = AlteredGold.load("/originals/central-asia-altered.json");
    private static final double FLOOR = 0.9;

    /** A flagged difference, with the start of the copy sentence it was found in. */
    record Flag(int start, Difference difference) {
    }

    @Test
    void goldNamesSentencesOfTheCopy() {
        Set<Integer> starts = new SentenceSegmenter().segment(GOLD.copy()).stream().map(Sentence::start)
                .collect(Collectors.toSet());
        for (AlteredGold.AlteredFact fact : GOLD.altered()) {
            assertTrue(starts.contains(fact.start()) && GOLD.copy().startsWith(fact.sentence(), fact.start()),
                    "altered fact at a sentence start: " + fact);
        }
        for (AlteredGold.GoldSentence sentence : GOLD.reworded()) {
            assertTrue(starts.contains(sentence.start()) && GOLD.copy().startsWith(sentence.sentence(),
                    sentence.start()), "reworded sentence at a sentence start: " + sentence);
        }
    }

    @Test
    void flagsTheChangedFactsWithSentenceEmbeddings() {
        checkAgainstGold(new TextComparison(MiniLmEncoder.shared()), "with sentence embeddings");
    }

    @Test
    void flagsTheChangedFactsByWordsAlone() {
        checkAgainstGold(new TextComparison(null), "by words alone");
    }

    private static void checkAgainstGold(TextComparison comparison, String how) {
        Comparison result = comparison.compare(GOLD.copy(), GOLD.original());
        List<Flag> flags = new ArrayList<>();
        for (SentencePair pair : result.pairs()) {
            pair.differences().forEach(d -> flags.add(new Flag(pair.start(), d)));
        }
        List<Flag> unmatched = new ArrayList<>(flags);
        List<AlteredGold.AlteredFact> missed = new ArrayList<>();
        for (AlteredGold.AlteredFact fact : GOLD.altered()) {
            Flag match = unmatched.stream().filter(flag -> matches(flag, fact)).findFirst().orElse(null);
            if (match == null) {
                missed.add(fact);
            } else {
                unmatched.remove(match);
            }
        }
        int found = flags.size() - unmatched.size();
        double precision = flags.isEmpty() ? 0 : (double) found / flags.size();
        double recall = (double) found / GOLD.altered().size();
        System.out.printf(Locale.ROOT, "Altered facts of the sample copy, %s: %d annotated, %d flagged, %d right:"
                + " precision %.2f, recall %.2f%n  missed: %s%n  wrongly flagged: %s%n", how, GOLD.altered().size(),
                flags.size(), found, precision, recall, missed, unmatched);
        assertTrue(precision >= FLOOR, how + ": precision " + precision + ", wrongly flagged " + unmatched);
        assertTrue(recall >= FLOOR, how + ": recall " + recall + ", missed " + missed);

        for (AlteredGold.GoldSentence reworded : GOLD.reworded()) {
            SentencePair pair = at(result, reworded.start());
            assertTrue(pair.status() != PairStatus.ALTERED, how + ": reworded only, yet " + pair);
        }
        for (SentencePair pair : result.pairs()) {
            if (pair.start() >= GOLD.beyondOriginal()) {
                assertEquals(PairStatus.NOT_IN_ORIGINAL, pair.status(), how + ": past the original's end: " + pair);
            }
        }
    }

    /** The same sentence and kind, and a word in common on the copy's side or on the original's. */
    private static boolean matches(Flag flag, AlteredGold.AlteredFact fact) {
        return flag.start() == fact.start() && flag.difference().kind() == fact.kind()
                && (share(flag.difference().copy(), fact.copy())
                || share(flag.difference().original(), fact.original()));
    }

    private static boolean share(String flagged, String annotated) {
        Set<String> words = words(annotated);
        return words(flagged).stream().anyMatch(words::contains);
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).collect(Collectors.toSet());
    }

    private static SentencePair at(Comparison comparison, int start) {
        return comparison.pairs().stream().filter(p -> p.start() == start).findFirst().orElseThrow();
    }
}
