package factcheck.comparison;

import factcheck.extraction.SentenceEncoder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

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
    /** How much sharing each word says, by its number: words in few sentences of the two texts say more. */
    private final double[] weights;
    /** Each sentence's words that carry meaning, as sorted word numbers. */
    private final int[][] copyWords;
    private final int[][] originalWords;
    /** The word overlap of each copy sentence with each original sentence. */
    private final double[][] words;
    /** The similarity of each copy sentence with each original sentence. */
    private final double[][] single;
    private final Map<Integer, float[]> copyRuns = new HashMap<>();
    private final Map<Integer, float[]> originalRuns = new HashMap<>();

    SentenceSimilarity(String copyText, List<Wording> copy, String originalText, List<Wording> original,
                       SentenceEncoder encoder) {
        this.copyText = copyText;
        this.copy = copy;
        this.originalText = originalText;
        this.original = original;
        this.encoder = encoder;
        Map<String, Integer> numbers = new HashMap<>();
        copyWords = numbered(copy, numbers);
        originalWords = numbered(original, numbers);
        int[] sentencesWith = new int[numbers.size()];
        for (int[][] sentences : List.of(copyWords, originalWords)) {
            for (int[] sentence : sentences) {
                for (int word : sentence) {
                    sentencesWith[word]++;
                }
            }
        }
        double all = copy.size() + original.size() + 1;
        weights = new double[numbers.size()];
        for (int word = 0; word < weights.length; word++) {
            weights[word] = Math.log(all / sentencesWith[word]);
        }
        copyVectors = encoder == null ? null : encoder.encode(texts(copyText, copy));
        originalVectors = encoder == null ? null : encoder.encode(texts(originalText, original));
        int[] originalKeys = original.stream().mapToInt(sentence -> sentence.keys().hashCode()).toArray();
        words = new double[copy.size()][original.size()];
        single = new double[copy.size()][original.size()];
        for (int i = 0; i < copy.size(); i++) {
            int copyKeys = copy.get(i).keys().hashCode();
            for (int j = 0; j < original.size(); j++) {
                words[i][j] = dice(copyWords[i], originalWords[j]);
                single[i][j] = copyKeys == originalKeys[j] && copy.get(i).sameKeys(original.get(j)) ? 1
                        : combined(words[i][j], copyVectors == null ? null : copyVectors[i],
                        originalVectors == null ? null : originalVectors[j]);
            }
        }
    }

    /** Each sentence's content keys as sorted numbers, numbering new keys as they come. */
    private static int[][] numbered(List<Wording> sentences, Map<String, Integer> numbers) {
        int[][] numbered = new int[sentences.size()][];
        for (int k = 0; k < numbered.length; k++) {
            numbered[k] = sentences.get(k).content().stream()
                    .mapToInt(key -> numbers.computeIfAbsent(key, x -> numbers.size()))
                    .sorted().toArray();
        }
        return numbered;
    }

    /**
     * Copy sentence {@code i} against original sentence {@code j}; 1 for a sentence that is the other word
     * for word but for house style, however short.
     */
    double score(int i, int j) {
        return single[i][j];
    }

    /**
     * Copy sentences {@code [copyFirst, copyLast]} against original sentences {@code [originalFirst,
     * originalLast]}, runs of one or two sentences.
     */
    double score(int copyFirst, int copyLast, int originalFirst, int originalLast) {
        if (copyFirst == copyLast && originalFirst == originalLast) {
            return single[copyFirst][originalFirst];
        }
        double overlap = dice(union(copyWords, copyFirst, copyLast), union(originalWords, originalFirst, originalLast));
        if (encoder == null) {
            return overlap;
        }
        return combined(overlap, run(copyRuns, copyVectors, copyText, copy, copyFirst, copyLast),
                run(originalRuns, originalVectors, originalText, original, originalFirst, originalLast));
    }

    /** The word overlap of one copy sentence and one original sentence. */
    double words(int i, int j) {
        return words[i][j];
    }

    private static double combined(double overlap, float[] a, float[] b) {
        return a == null ? overlap : EMBEDDING_WEIGHT * cosine(a, b) + (1 - EMBEDDING_WEIGHT) * overlap;
    }

    /** The embedding of sentences {@code first} to {@code last} read as one. */
    private float[] run(Map<Integer, float[]> runs, float[][] vectors, String text, List<Wording> sentences,
                        int first, int last) {
        if (first == last) {
            return vectors[first];
        }
        return runs.computeIfAbsent(first, k -> encoder.encode(
                List.of(text.substring(sentences.get(k).start(), sentences.get(k + 1).end())))[0]);
    }

    /** The words of sentences {@code first} to {@code last}, sorted, each once. */
    private static int[] union(int[][] sentences, int first, int last) {
        return first == last ? sentences[first] : IntStream.concat(Arrays.stream(sentences[first]),
                Arrays.stream(sentences[last])).sorted().distinct().toArray();
    }

    /**
     * The Dice overlap of two sorted sets of word numbers, each word weighted by how rare it is in the two
     * texts; 0 for different sentences that share a single word, which says little ("Why this matters",
     * "This matters most at the coast").
     */
    private double dice(int[] a, int[] b) {
        double shared = 0;
        double total = 0;
        int sharedWords = 0;
        int x = 0;
        int y = 0;
        while (x < a.length || y < b.length) {
            if (y == b.length || x < a.length && a[x] < b[y]) {
                total += weights[a[x++]];
            } else if (x == a.length || b[y] < a[x]) {
                total += weights[b[y++]];
            } else {
                shared += 2 * weights[a[x]];
                total += 2 * weights[a[x]];
                sharedWords++;
                x++;
                y++;
            }
        }
        boolean enough = sharedWords >= 2 || sharedWords == 1 && a.length == 1 && b.length == 1;
        return enough && total > 0 ? shared / total : 0;
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
