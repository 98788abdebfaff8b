package factcheck.extraction;

import java.util.List;
import java.util.Set;

/** Computes the {@link SentenceFeatures} of one sentence from its tokens. Stateless. */
final class SentenceAnalyzer {

    private static final String TERMINALS = ".!?…。！？";
    private static final String CLOSERS = "\"'”’)]»›}";

    private final QuantityParser quantityParser = new QuantityParser();
    private final ProperNameFinder nameFinder = new ProperNameFinder();
    private final CueFinder cueFinder = new CueFinder();

    /**
     * @param text    the whole input text
     * @param tokens  the sentence's tokens, with offsets into {@code text}
     * @param lexicon words seen capitalised mid-sentence anywhere in the text
     */
    SentenceFeatures analyze(String text, Sentence sentence, List<Token> tokens, Set<String> lexicon) {
        String sentenceText = sentence.textIn(text);
        char last = lastSignificantChar(sentenceText);
        int words = 0;
        for (Token t : tokens) {
            if (t.isWord() || t.isNumber()) {
                words++;
            }
        }
        return new SentenceFeatures(
                quantityParser.parse(text, tokens),
                nameFinder.find(tokens, lexicon),
                cueFinder.find(text, tokens),
                last == '?' || last == '？',
                TERMINALS.indexOf(last) < 0,
                words,
                BoilerplateDetector.detect(sentenceText));
    }

    /** True when the sentence ends like prose rather than like a title. */
    static boolean endsWithPunctuation(String text, Sentence sentence) {
        return TERMINALS.indexOf(lastSignificantChar(sentence.textIn(text))) >= 0;
    }

    /** The last character that is not a closing quote or bracket, or a space if there is none. */
    private static char lastSignificantChar(String s) {
        int i = s.length() - 1;
        while (i >= 0 && (CLOSERS.indexOf(s.charAt(i)) >= 0 || Character.isWhitespace(s.charAt(i)))) {
            i--;
        }
        return i >= 0 ? s.charAt(i) : ' ';
    }
}
