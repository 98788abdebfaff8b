package factcheck.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds check-worthy claims in a text: segments it into sentences, describes each sentence by
 * named signals (figures, dates, names, sources, events, hedges, opinion markers) and by its
 * sentence embedding, scores it with the learned {@link ClaimModel} and keeps the sentences
 * whose score reaches the threshold, in text order. Every score comes with its reasons.
 *
 * <p>The text is read twice: a first pass collects words written capitalised mid-sentence,
 * which lets a sentence-initial "Moscow" count as a name while "Individuals" does not. The rule
 * steps are linear in the length of the text; the encoder reads at most
 * {@value #MAX_ENCODED_SENTENCES} sentences of a text, and later ones are scored by their
 * signals alone, so a megabyte of text costs seconds, not minutes. Instances are immutable and
 * thread-safe.
 */
public final class ClaimExtractor {

    static final int MAX_ENCODED_SENTENCES = 1_000;

    private final double threshold;
    private final double signalsThreshold;
    private final ClaimModel model;
    private final SentenceEncoder encoder;
    private final SentenceSegmenter segmenter = new SentenceSegmenter();
    private final Tokenizer tokenizer = new Tokenizer();
    private final SentenceAnalyzer analyzer = new SentenceAnalyzer();
    private final CheckWorthinessScorer signals = new CheckWorthinessScorer();
    private final ClaimKindClassifier classifier = new ClaimKindClassifier();

    /** The shipped model at its calibrated thresholds, with the MiniLM sentence encoder. */
    public ClaimExtractor() {
        this(MiniLmEncoder.shared());
    }

    /**
     * The shipped model at its calibrated thresholds: one for sentences with an embedding, one for
     * those scored by their readable signals alone.
     *
     * @param encoder the sentence encoder, or null to score by the readable signals alone
     */
    public ClaimExtractor(SentenceEncoder encoder) {
        this(ClaimModel.standard(), encoder);
    }

    /** @param threshold minimum score for a sentence to count as a claim, between 0 and 1 */
    public ClaimExtractor(double threshold) {
        this(threshold, MiniLmEncoder.shared());
    }

    /**
     * @param threshold minimum score for a sentence to count as a claim, between 0 and 1, with or
     *                  without an embedding
     * @param encoder   the sentence encoder, or null to score by the readable signals alone
     */
    public ClaimExtractor(double threshold, SentenceEncoder encoder) {
        this(threshold, threshold, ClaimModel.standard(), encoder);
    }

    ClaimExtractor(double threshold, ClaimModel model, SentenceEncoder encoder) {
        this(threshold, threshold, model, encoder);
    }

    ClaimExtractor(ClaimModel model, SentenceEncoder encoder) {
        this(model.threshold(), model.signalsThreshold(), model, encoder);
    }

    private ClaimExtractor(double threshold, double signalsThreshold, ClaimModel model, SentenceEncoder encoder) {
        for (double t : new double[] {threshold, signalsThreshold}) {
            if (!(t >= 0 && t <= 1)) {
                throw new IllegalArgumentException("threshold must be between 0 and 1, was " + t);
            }
        }
        this.threshold = threshold;
        this.signalsThreshold = signalsThreshold;
        this.model = model;
        this.encoder = encoder;
    }

    /** An extractor that reads sentences' signals only, with no model: what training a model starts from. */
    static ClaimExtractor forSignals() {
        return new ClaimExtractor(0, 0, null, null);
    }

    /** The shipped model's threshold, calibrated by cross-validation when it was trained. */
    public static double defaultThreshold() {
        return ClaimModel.standard().threshold();
    }

    /** The threshold of sentences scored with their embedding. */
    public double threshold() {
        return threshold;
    }

    /**
     * Text in, claims out, in text order. Questions, the title and boilerplate are never claims,
     * whatever the threshold.
     */
    public List<ExtractedClaim> extract(String text) {
        return score(text, true);
    }

    /**
     * Every sentence of the text with its score, kind and reasons, claims or not; useful to
     * show why a sentence was left out. Questions, the title and boilerplate score 0.
     */
    public List<ExtractedClaim> scoreAll(String text) {
        return score(text, false);
    }

    /**
     * Scores every sentence; with {@code claimsOnly}, sentences below the threshold and those
     * that are never claims are dropped before their text, reasons and kind are built, since
     * nobody sees them. A sentence that is never a claim is not encoded and scores 0, with the
     * reason why as its only reason.
     *
     * <p>Each analysis step runs over all sentences before the next starts, which keeps each
     * step's code and tables in the processor's caches.
     */
    private List<ExtractedClaim> score(String text, boolean claimsOnly) {
        Objects.requireNonNull(text, "text");
        List<Sentence> sentences = segmenter.segment(text);
        List<Tokens> tokenized = tokenize(text, sentences);
        char[] lastChars = SentenceAnalyzer.lastSignificantChars(text, sentences);
        Lexicon lexicon = lexicon(text, lastChars, tokenized);
        SentenceFeatures[] features = analyzer.analyze(lastChars, tokenized, lexicon);
        String[] never = new String[features.length];
        for (int i = 0; i < features.length; i++) {
            never[i] = neverAClaim(i, features[i], tokenized.get(i), sentences.get(i));
        }
        float[][] embeddings = encode(text, sentences, never);
        List<ExtractedClaim> claims = new ArrayList<>(claimsOnly ? features.length / 2 : features.length);
        SignalTally tally = new SignalTally();
        for (int i = 0; i < features.length; i++) {
            Sentence sentence = sentences.get(i);
            if (never[i] != null) {
                if (!claimsOnly) {
                    claims.add(new ExtractedClaim(sentence.start(), sentence.end(), sentence.textIn(text), 0,
                            List.of(never[i]), classifier.classify(features[i]), features[i].quantities()));
                }
                continue;
            }
            signals.addSignals(features[i], tally);
            ClaimModel.Judgement judgement = model.judge(tally.strengths(), embeddings[i]);
            double score = Math.round(judgement.probability() * 100) / 100.0;
            if (claimsOnly && score < (embeddings[i] != null ? threshold : signalsThreshold)) {
                continue;
            }
            claims.add(new ExtractedClaim(sentence.start(), sentence.end(), sentence.textIn(text), score,
                    reasons(tally, judgement), classifier.classify(features[i]), features[i].quantities()));
        }
        return claims;
    }

    /**
     * Why a sentence is never a claim, whatever it scores, or null: the annotation guidelines rule
     * out questions, the text's title (its first line, without final punctuation) and
     * boilerplate (publishing notices, credits, author biographies).
     */
    private static String neverAClaim(int index, SentenceFeatures f, Tokens tokens, Sentence sentence) {
        if (f.question()) {
            return "question: ends with a question mark";
        }
        if (index == 0 && f.heading()) {
            return "title of the text";
        }
        return BoilerplateDetector.detect(tokens, sentence.start(), sentence.end());
    }

    /**
     * A sentence's readable signals, as the model weighs them; what training learns from.
     *
     * @param neverAClaim a question, the title or boilerplate, which are never proposed
     */
    record SentenceSignals(Sentence sentence, double[] strengths, boolean neverAClaim) {
    }

    /**
     * Every sentence of the text with the strengths of its signals, for training and measuring the
     * model; needs no model itself.
     */
    List<SentenceSignals> signals(String text) {
        List<Sentence> sentences = segmenter.segment(text);
        List<Tokens> tokenized = tokenize(text, sentences);
        char[] lastChars = SentenceAnalyzer.lastSignificantChars(text, sentences);
        SentenceFeatures[] features = analyzer.analyze(lastChars, tokenized, lexicon(text, lastChars, tokenized));
        List<SentenceSignals> result = new ArrayList<>(features.length);
        SignalTally tally = new SignalTally();
        for (int i = 0; i < features.length; i++) {
            signals.addSignals(features[i], tally);
            Sentence sentence = sentences.get(i);
            result.add(new SentenceSignals(sentence, tally.strengths(),
                    neverAClaim(i, features[i], tokenized.get(i), sentence) != null));
        }
        return result;
    }

    private static List<String> reasons(SignalTally tally, ClaimModel.Judgement judgement) {
        List<Reason> reasons = tally.reasons(judgement.shownByKind());
        if (judgement.learned() != null && Math.abs(judgement.learned().weight()) >= Reason.SMALLEST_SHOWN) {
            reasons.add(judgement.learned());
        }
        return Reason.strongestFirst(reasons);
    }

    /**
     * The embeddings of the first {@value #MAX_ENCODED_SENTENCES} sentences that can be claims; null
     * for the rest, for those that are never claims, and for all without an encoder.
     */
    private float[][] encode(String text, List<Sentence> sentences, String[] never) {
        float[][] embeddings = new float[sentences.size()][];
        if (encoder == null) {
            return embeddings;
        }
        List<Integer> chosen = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < sentences.size() && chosen.size() < MAX_ENCODED_SENTENCES; i++) {
            if (never[i] == null) {
                chosen.add(i);
                texts.add(sentences.get(i).textIn(text));
            }
        }
        if (texts.isEmpty()) {
            return embeddings;
        }
        float[][] encoded = encoder.encode(texts);
        for (int k = 0; k < encoded.length; k++) {
            embeddings[chosen.get(k)] = encoded[k];
        }
        return embeddings;
    }

    /** The tokens of each sentence. */
    List<Tokens> tokenize(String text, List<Sentence> sentences) {
        List<Tokens> tokenized = new ArrayList<>(sentences.size());
        for (Sentence sentence : sentences) {
            tokenized.add(tokenizer.tokenize(text, sentence.start(), sentence.end()));
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
