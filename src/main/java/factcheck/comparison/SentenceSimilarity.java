package factcheck.comparison;

import factcheck.extraction.SentenceEncoder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How alike a run of a copy's sentences and a run of the original's are, by meaning and by words: the
 * cosine of their sentence embeddings and the Dice overlap of the keys of their words that carry meaning,
 * in equal parts; by words alone without an encoder. Spinning swaps words for synonyms, which the
 * embedding sees through; the word overlap keeps two sentences on one topic that say different things
 * apart, which embeddings alone often do not. In the overlap each word weighs by how few sentences of
 * the two texts have it (its inverse document frequency), so the names and figures a copy keeps count
 * for more than the topic's common words. Runs of two sentences are encoded when first asked for.
 */
final class SentenceSimilarity {

    static final double EMBEDDING_WEIGHT = 0.5;

    private final String copyText;
    private final List<Wording> copy;
    private final String originalText;
    private final List<Wording> original;
    private final SentenceEncoder encoder;
    private final float[][] copyVectors;
    private final float[][] originalVectors;
    /** How much sharing each word says: words in few sentences of the two texts say more. */
    private final Map<String, Double> weights = new HashMap<>();
    private final Map<Integer, float[]> copyRuns = new HashMap<>();
    private final Map<Integer, float[]> originalRuns = new HashMap<>();

    SentenceSimilarity(String copyText, List<Wording> copy, String originalText, List<Wording> original,
                       SentenceEncoder encoder) {
        this.copyText = copyText;
        this.copy = copy;
        this.originalText = originalText;
        this.original = original;
        this.encoder = encoder;
        Map<String, Integer> sentencesWith = new HashMap<>();
        for (List<Wording> sentences : List.of(copy, original)) {
            for (Wording sentence : sentences) {
                sentence.content().forEach(key -> sentencesWith.merge(key, 1, Integer::sum));
            }
        }
        double all = copy.size() + original.size() + 1;
        sentencesWith.forEach((key, count) -> weights.put(key, Math.log(all / count)));
        this.copyVectors = encoder == null ? null : encoder.encode(texts(copyText, copy));
        this.originalVectors = encoder == null ? null : encoder.encode(texts(originalText, original));
    }

    boolean usesEmbeddings() {
        return encoder != null;
    }

    /**
     * Copy sentences {@code [copyFirst, copyLast]} against original sentences {@code [originalFirst,
     * originalLast]}; 1 for a sentence that is the other word for word but for house style, however short.
     */
    double score(int copyFirst, int copyLast, int originalFirst, int originalLast) {
        if (copyFirst == copyLast && originalFirst == originalLast
                && copy.get(copyFirst).sameKeys(original.get(originalFirst))) {
            return 1;
        }
        double words = dice(content(copy, copyFirst, copyLast), content(original, originalFirst, originalLast));
        if (encoder == null) {
            return words;
        }
        float[] a = copyFirst == copyLast ? copyVectors[copyFirst] : run(copyRuns, copyText, copy, copyFirst);
        float[] b = originalFirst == originalLast ? originalVectors[originalFirst]
                : run(originalRuns, originalText, original, originalFirst);
        return EMBEDDING_WEIGHT * cosine(a, b) + (1 - EMBEDDING_WEIGHT) * words;
    }

    /** The Dice overlap of the words of one copy sentence and one original sentence. */
    double words(int copySentence, int originalSentence) {
        return dice(copy.get(copySentence).content(), original.get(originalSentence).content());
    }

    /** The embedding of sentences {@code first} and {@code first + 1} read as one. */
    private float[] run(Map<Integer, float[]> runs, String text, List<Wording> sentences, int first) {
        return runs.computeIfAbsent(first, k -> encoder.encode(
                List.of(text.substring(sentences.get(k).start(), sentences.get(k + 1).end())))[0]);
    }

    private static Set<String> content(List<Wording> sentences, int first, int last) {
        if (first == last) {
            return sentences.get(first).content();
        }
        Set<String> union = new HashSet<>();
        for (int k = first; k <= last; k++) {
            union.addAll(sentences.get(k).content());
        }
        return union;
    }

    /**
     * The Dice overlap of two sets of word keys, each word weighted by how rare it is in the two texts; 0
     * for different sentences that share a single word, which says little ("Why this matters", "This
     * matters most at the coast").
     */
    private double dice(Set<String> a, Set<String> b) {
        double shared = 0;
        double total = 0;
        int sharedWords = 0;
        for (String key : a) {
            double weight = weights.get(key);
            total += weight;
            if (b.contains(key)) {
                shared += weight;
                sharedWords++;
            }
        }
        for (String key : b) {
            total += weights.get(key);
        }
        boolean enough = sharedWords >= 2 || sharedWords == 1 && a.size() == 1 && b.size() == 1;
        return enough && total > 0 ? 2 * shared / total : 0;
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int k = 0; k < a.length; k++) {
            dot += a[k] * b[k];
        }
        return dot;
    }

    private static List<String> texts(String text, List<Wording> sentences) {
        List<String> texts = new ArrayList<>(sentences.size());
        for (Wording sentence : sentences) {
            texts.add(sentence.text(text));
        }
        return texts;
    }
}
