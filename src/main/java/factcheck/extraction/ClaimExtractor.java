package factcheck.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds check-worthy claims in a text: segments it into sentences, describes each sentence by
 * named features (figures, dates, names, sources, events, hedges, opinion markers), scores them
 * and keeps the sentences whose score reaches the threshold, in text order.
 *
 * <p>The text is read twice: a first pass collects words written capitalised mid-sentence,
 * which lets a sentence-initial "Moscow" count as a name while "Individuals" does not.
 * All steps are linear in the length of the text. Instances are immutable and thread-safe.
 */
public final class ClaimExtractor {

    /**
     * Half-way on the 0..1 scale. The scorer starts every sentence at 0.15 and most single
     * kinds of checkable content add 0.2 to 0.4, so 0.5 requires either a figure or two
     * independent signals (a name and an event, a source and a name), while one hedge or
     * opinion marker is enough to drop an otherwise borderline sentence below it.
     */
    public static final double DEFAULT_THRESHOLD = 0.5;

    private final double threshold;
    private final SentenceSegmenter segmenter = new SentenceSegmenter();
    private final Tokenizer tokenizer = new Tokenizer();
    private final SentenceAnalyzer analyzer = new SentenceAnalyzer();
    private final CheckWorthinessScorer scorer = new CheckWorthinessScorer();
    private final ClaimKindClassifier classifier = new ClaimKindClassifier();

    public ClaimExtractor() {
        this(DEFAULT_THRESHOLD);
    }

    /** @param threshold minimum score for a sentence to count as a claim, between 0 and 1 */
    public ClaimExtractor(double threshold) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be between 0 and 1, was " + threshold);
        }
        this.threshold = threshold;
    }

    public double threshold() {
        return threshold;
    }

    /** Text in, claims out, in text order. Boilerplate is never a claim, whatever the threshold. */
    public List<ExtractedClaim> extract(String text) {
        return score(text, true);
    }

    /**
     * Every sentence of the text with its score, kind and reasons, claims or not; useful to
     * show why a sentence was left out. Boilerplate sentences score 0.
     */
    public List<ExtractedClaim> scoreAll(String text) {
        return score(text, false);
    }

    /**
     * Scores every sentence; with {@code claimsOnly}, sentences below the threshold and
     * boilerplate are dropped before their text, kind and reasons are built, since nobody sees them.
     * Boilerplate scores 0, so a sentence already below the threshold is dropped without
     * scanning it for boilerplate.
     */
    private List<ExtractedClaim> score(String text, boolean claimsOnly) {
        Objects.requireNonNull(text, "text");
        List<Sentence> sentences = segmenter.segment(text);
        TokenTable table = new TokenTable(text);
        List<Tokens> tokenized = new ArrayList<>(sentences.size());
        Lexicon lexicon = new Lexicon(text);
        for (Sentence sentence : sentences) {
            Tokens tokens = tokenizer.tokenize(table, sentence.start(), sentence.end());
            tokenized.add(tokens);
            if (SentenceAnalyzer.endsWithPunctuation(text, sentence)) {
                ProperNameFinder.collectLexicon(tokens, lexicon);
            }
        }
        List<ExtractedClaim> scored = new ArrayList<>(claimsOnly ? 16 : sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            SentenceFeatures features = analyzer.analyze(text, sentence, tokenized.get(i), lexicon);
            CheckWorthinessScorer.Assessment assessment = scorer.score(features);
            double score = Math.round(assessment.score() * 100) / 100.0;
            if (claimsOnly && score < threshold) {
                continue;
            }
            String boilerplate = BoilerplateDetector.detect(tokenized.get(i), sentence.start(), sentence.end());
            if (boilerplate != null) {
                if (claimsOnly) {
                    continue;
                }
                assessment = CheckWorthinessScorer.Assessment.boilerplate(boilerplate);
                score = 0;
            }
            scored.add(new ExtractedClaim(sentence.start(), sentence.end(), sentence.textIn(text), score,
                    assessment.reasons(), classifier.classify(features), features.quantities()));
        }
        return scored;
    }
}
