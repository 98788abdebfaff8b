package factcheck.comparison;

import factcheck.extraction.Sentence;
import factcheck.extraction.SentenceSegmenter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A text reduced to what {@link #sharedShare} needs: for each sentence, the keys of its words that carry
 * meaning. Keep one per stored text to compare every new text with all of them quickly.
 *
 * <p>A sentence has a counterpart in another text when some sentence there shares enough of those words
 * (their Dice overlap reaches {@value #COUNTERPART_OVERLAP}), with the keys of {@link WordKeys}, so
 * "labour" and "labor" or "supported" and "support" count as shared. An index from each word of the other
 * text to its sentences makes the comparison linear in the length of the texts. Immutable.
 */
public final class TextFingerprint {

    /** Reworded copies keep about half of a sentence's words; sentences on one topic share far fewer. */
    static final double COUNTERPART_OVERLAP = 0.4;

    private static final SentenceSegmenter SEGMENTER = new SentenceSegmenter();
    private static final WordTokenizer TOKENIZER = new WordTokenizer();

    /** Each sentence's distinct word keys, as sorted hashes. */
    private final List<int[]> sentences;
    /** For each word hash, the sentences that have it. */
    private final Map<Integer, List<Integer>> index = new HashMap<>();

    private TextFingerprint(List<int[]> sentences) {
        this.sentences = sentences;
        for (int k = 0; k < sentences.size(); k++) {
            for (int hash : sentences.get(k)) {
                index.computeIfAbsent(hash, x -> new ArrayList<>(2)).add(k);
            }
        }
    }

    public static TextFingerprint of(String text) {
        List<int[]> sentences = new ArrayList<>();
        for (Sentence sentence : SEGMENTER.segment(text)) {
            int[] hashes = TOKENIZER.tokenize(text, sentence.start(), sentence.end()).stream()
                    .filter(w -> !w.isPunctuation() && !WordKeys.isStopWord(w.lower()))
                    .mapToInt(w -> w.key().hashCode())
                    .sorted().distinct().toArray();
            if (hashes.length > 0) {
                sentences.add(hashes);
            }
        }
        return new TextFingerprint(sentences);
    }

    /**
     * The share of this text's sentences that have a counterpart in {@code other}, from 0 to 1; 0 when
     * either text has no words.
     */
    public double sharedShare(TextFingerprint other) {
        if (sentences.isEmpty() || other.sentences.isEmpty()) {
            return 0;
        }
        int[] shared = new int[other.sentences.size()];
        List<Integer> touched = new ArrayList<>();
        int withCounterpart = 0;
        for (int[] sentence : sentences) {
            boolean found = false;
            for (int hash : sentence) {
                for (int k : other.index.getOrDefault(hash, List.of())) {
                    if (shared[k]++ == 0) {
                        touched.add(k);
                    }
                    found |= 2.0 * shared[k] / (sentence.length + other.sentences.get(k).length) >= COUNTERPART_OVERLAP;
                }
            }
            withCounterpart += found ? 1 : 0;
            touched.forEach(k -> shared[k] = 0);
            touched.clear();
        }
        return (double) withCounterpart / sentences.size();
    }
}
