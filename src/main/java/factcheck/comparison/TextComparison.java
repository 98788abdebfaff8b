package factcheck.comparison;

import factcheck.extraction.Sentence;
import factcheck.extraction.SentenceEncoder;
import factcheck.extraction.SentenceSegmenter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Compares a copy of a text with its original, sentence by sentence, and lists the facts the copy changed:
 * numbers, dates, names, negations and quantifiers. Content farms reword ("spin") articles by swapping
 * words for synonyms, and some swaps change facts: "the Russian interior ministry" becomes "the Soviet
 * interior ministry".
 *
 * <p>The sentences of the copy are paired with the original's by meaning and words, in order
 * ({@link SentenceAligner}, {@link SentenceSimilarity}); a copy sentence that is like no original sentence
 * is {@link PairStatus#NOT_IN_ORIGINAL}. Within a pair, the words are paired and the facts of the two
 * sentences compared ({@link FactComparison}). The method and its measured precision and recall are in
 * docs/red-flags.md.
 *
 * <p>Immutable and thread-safe when its encoder is.
 */
public final class TextComparison {

    /**
     * The most sentences a text may have to be compared. Pairing sentences costs time and memory that grow
     * with the product of the two texts' lengths: at this limit about 30 MB and a second or two besides
     * encoding the sentences. News articles have a few hundred sentences at most.
     */
    public static final int MAX_SENTENCES = 1_000;

    /*
     * Thresholds for pairing sentences: in order, out of order, alone between paired neighbours; and how much
     * a merged pair must gain. A spun sentence keeps its meaning and about half of its rarer words, which
     * puts it well above the in-order threshold; two sentences on the same subject that say different
     * things stay below it. Words alone tell the two apart less sharply, hence lower thresholds.
     */
    private static final SentenceAligner WITH_EMBEDDINGS = new SentenceAligner(0.5, 0.7, 0.35, 0.02);
    private static final SentenceAligner BY_WORDS = new SentenceAligner(0.3, 0.6, 0.15, 0.02);

    private final SentenceEncoder encoder;
    private final SentenceSegmenter segmenter = new SentenceSegmenter();
    private final WordingReader reader = new WordingReader();

    /** @param encoder the sentence encoder, or null to pair sentences by their words alone */
    public TextComparison(SentenceEncoder encoder) {
        this.encoder = encoder;
    }

    /**
     * Every sentence of {@code copy}, in order, with its counterpart in {@code original} and what it changed.
     *
     * @throws IllegalArgumentException when a text has more than {@value #MAX_SENTENCES} sentences
     */
    public Comparison compare(String copy, String original) {
        Objects.requireNonNull(copy, "copy");
        Objects.requireNonNull(original, "original");
        List<Sentence> copySegments = segmenter.segment(copy);
        List<Sentence> originalSegments = segmenter.segment(original);
        for (List<Sentence> segments : List.of(copySegments, originalSegments)) {
            if (segments.size() > MAX_SENTENCES) {
                throw new IllegalArgumentException("A text of " + segments.size() + " sentences is too long to"
                        + " compare; texts of up to " + MAX_SENTENCES + " sentences are.");
            }
        }
        List<List<Wording>> read = reader.read(List.of(copy, original), List.of(copySegments, originalSegments));
        List<Wording> copySentences = read.get(0);
        List<Wording> originalSentences = read.get(1);
        SentenceSimilarity similarity = new SentenceSimilarity(copy, copySentences, original, originalSentences,
                encoder);
        List<SentenceAligner.Match> matches = (encoder == null ? BY_WORDS : WITH_EMBEDDINGS)
                .align(copySentences.size(), originalSentences.size(), similarity);
        SentencePair[] pairs = new SentencePair[copySentences.size()];
        for (SentenceAligner.Match match : matches) {
            pair(copy, copySentences, original, originalSentences, match, pairs);
        }
        List<SentencePair> all = new ArrayList<>(pairs.length);
        for (int i = 0; i < pairs.length; i++) {
            Wording sentence = copySentences.get(i);
            all.add(pairs[i] != null ? pairs[i] : new SentencePair(sentence.start(), sentence.end(),
                    sentence.text(copy), null, null, null, PairStatus.NOT_IN_ORIGINAL, List.of()));
        }
        return new Comparison(all);
    }

    /**
     * The share of {@code text}'s sentences that have a counterpart in {@code other}, between 0 and 1, by
     * their words alone: cheap enough to run against every stored article. A stored article that shares
     * most of a new one's sentences is its source or a copy of it; which way round, {@code sharedShare}
     * in both directions tells (a copy of part of an article shares all of its sentences, the article
     * only some of its own). To compare with many stored texts, keep their {@link TextFingerprint}s.
     */
    public double sharedShare(String text, String other) {
        return TextFingerprint.of(text).sharedShare(TextFingerprint.of(other));
    }

    private static void pair(String copy, List<Wording> copySentences, String original,
                             List<Wording> originalSentences, SentenceAligner.Match match, SentencePair[] pairs) {
        Wording copyRun = run(copySentences, match.copyFirst(), match.copyLast());
        Wording originalRun = run(originalSentences, match.originalFirst(), match.originalLast());
        List<FactComparison.Found> found = new FactComparison(copy, copyRun, original, originalRun).differences();
        int firstLength = copySentences.get(match.copyFirst()).words().size();
        for (int i = match.copyFirst(); i <= match.copyLast(); i++) {
            boolean second = i > match.copyFirst();
            List<Difference> differences = found.stream()
                    .filter(f -> (f.copyWord() >= firstLength) == second || match.copyFirst() == match.copyLast())
                    .sorted((a, b) -> Integer.compare(a.copyWord(), b.copyWord()))
                    .map(FactComparison.Found::difference)
                    .toList();
            Wording sentence = copySentences.get(i);
            PairStatus status = !differences.isEmpty() ? PairStatus.ALTERED
                    : copyRun == sentence && originalRun.sameKeys(sentence) ? PairStatus.SAME : PairStatus.REWORDED;
            pairs[i] = new SentencePair(sentence.start(), sentence.end(), sentence.text(copy), originalRun.start(),
                    originalRun.end(), originalRun.text(original), status, differences);
        }
    }

    private static Wording run(List<Wording> sentences, int first, int last) {
        return first == last ? sentences.get(first) : Wording.joined(sentences.get(first), sentences.get(last));
    }
}
