package factcheck.extraction;

import java.util.List;

/** The features of one sentence, as the extractor computes them, for tests of the steps that read them. */
final class AnalyzedSentence {

    private AnalyzedSentence() {
    }

    static SentenceFeatures of(String sentence) {
        Tokens tokens = new Tokenizer().tokenize(sentence, 0, sentence.length());
        List<Sentence> whole = List.of(new Sentence(0, sentence.length()));
        char[] lastChars = SentenceAnalyzer.lastSignificantChars(sentence, whole);
        List<Tokens> tokenized = List.of(tokens);
        return new SentenceAnalyzer().analyze(lastChars, tokenized,
                ClaimExtractor.lexicon(sentence, lastChars, tokenized))[0];
    }
}
