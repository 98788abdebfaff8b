package factcheck.extraction;

import java.util.ArrayList;
import java.util.List;

/** Computes the {@link SentenceFeatures} of sentences from their tokens. Stateless. */
final class SentenceAnalyzer {

    private final QuantityParser quantityParser = new QuantityParser();
    private final ProperNameFinder nameFinder = new ProperNameFinder();
    private final CueFinder cueFinder = new CueFinder();

    /**
     * The features of every sentence, in order. Each finder runs over all sentences before the
     * next one starts (see {@link ClaimExtractor}).
     *
     * @param text      the whole input text
     * @param tokenized each sentence's tokens, with offsets into {@code text}
     * @param lexicon   words seen capitalised mid-sentence anywhere in the text
     */
    SentenceFeatures[] analyze(String text, List<Sentence> sentences, List<Tokens> tokenized, Lexicon lexicon) {
        int count = sentences.size();
        List<List<Quantity>> quantities = new ArrayList<>(count);
        for (Tokens tokens : tokenized) {
            quantities.add(quantityParser.parse(tokens));
        }
        ProperNameFinder.Names[] names = new ProperNameFinder.Names[count];
        for (int i = 0; i < count; i++) {
            names[i] = nameFinder.find(tokenized.get(i), lexicon);
        }
        Cues[] cues = new Cues[count];
        for (int i = 0; i < count; i++) {
            cues[i] = cueFinder.find(tokenized.get(i));
        }
        SentenceFeatures[] features = new SentenceFeatures[count];
        for (int i = 0; i < count; i++) {
            char last = lastSignificantChar(text, sentences.get(i));
            features[i] = new SentenceFeatures(quantities.get(i), names[i], cues[i], last == '?' || last == '？',
                    !isTerminal(last), tokenized.get(i).wordCount());
        }
        return features;
    }


    /** True when the sentence ends like prose rather than like a title. */
    static boolean endsWithPunctuation(String text, Sentence sentence) {
        return isTerminal(lastSignificantChar(text, sentence));
    }

    /** The last character that is not a closing quote or bracket, or a space if there is none. */
    private static char lastSignificantChar(String text, Sentence sentence) {
        int i = sentence.end() - 1;
        while (i >= sentence.start()
                && (Punctuation.isCloser(text.charAt(i)) || Character.isWhitespace(text.charAt(i)))) {
            i--;
        }
        return i >= sentence.start() ? text.charAt(i) : ' ';
    }

    private static boolean isTerminal(char c) {
        return Punctuation.isTerminal(c) || Punctuation.isCjkTerminal(c);
    }
}
