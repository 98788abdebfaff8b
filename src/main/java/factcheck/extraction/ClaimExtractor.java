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
     * boilerplate are dropped before their text, reasons and kind are built, since nobody sees
     * them. Boilerplate scores 0, with the reason it is boilerplate as its only reason, so a
     * sentence already below the threshold is dropped without scanning it for boilerplate.
     *
     * <p>Each analysis step runs over all sentences before the next starts, rather than all
     * steps over one sentence: a step's code and tables then stay in the processor's caches and
     * its branches stay predictable, which made extraction about a tenth faster than the same
     * work interleaved. The last step is the exception: a sentence is scored, checked for
     * boilerplate and turned into a claim in one go, while its features, tokens and text are
     * still in the cache.
     */
    private List<ExtractedClaim> score(String text, boolean claimsOnly) {
        Objects.requireNonNull(text, "text");
        List<Sentence> sentences = segmenter.segment(text);
        List<Tokens> tokenized = tokenize(text, sentences);
        char[] lastChars = SentenceAnalyzer.lastSignificantChars(text, sentences);
        Lexicon lexicon = lexicon(text, lastChars, tokenized);
        SentenceFeatures[] features = analyzer.analyze(lastChars, tokenized, lexicon);
        List<ExtractedClaim> claims = new ArrayList<>(claimsOnly ? features.length / 2 : features.length);
        SignalTally tally = new SignalTally();
        for (int i = 0; i < features.length; i++) {
            // Signals are kept for every sentence, shown or not: keeping them costs less than
            // scoring each shown sentence a second time to list them; reasons are written for
            // shown sentences only.
            double score = Math.round(scorer.score(features[i], tally) * 100) / 100.0;
            if (claimsOnly && score < threshold) {
                continue;
            }
            Sentence sentence = sentences.get(i);
            String boilerplate = BoilerplateDetector.detect(tokenized.get(i), sentence.start(), sentence.end());
            if (boilerplate != null && claimsOnly) {
                continue;
            }
            List<String> reasons = boilerplate != null ? List.of(boilerplate) : tally.reasons();
            claims.add(new ExtractedClaim(sentence.start(), sentence.end(), sentence.textIn(text),
                    boilerplate == null ? score : 0, reasons, classifier.classify(features[i]),
                    features[i].quantities()));
        }
        return claims;
    }

    /** The tokens of each sentence, in one {@link TokenTable} for the text. */
    List<Tokens> tokenize(String text, List<Sentence> sentences) {
        TokenTable table = new TokenTable(text);
        List<Tokens> tokenized = new ArrayList<>(sentences.size());
        for (Sentence sentence : sentences) {
            tokenized.add(tokenizer.tokenize(table, sentence.start(), sentence.end()));
        }
        return tokenized;
    }

    /** The words capitalised mid-sentence, in sentences that end like prose (titles capitalise every word). */
    static Lexicon lexicon(String text, char[] lastChars, List<Tokens> tokenized) {
        Lexicon lexicon = new Lexicon(text);
        for (int i = 0; i < tokenized.size(); i++) {
            if (SentenceAnalyzer.isTerminal(lastChars[i])) {
                ProperNameFinder.collectLexicon(tokenized.get(i), lexicon);
            }
        }
        return lexicon;
    }
}
