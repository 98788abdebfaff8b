package factcheck.extraction;

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
     * @param lastChars each sentence's {@link #lastSignificantChars last significant character}
     * @param tokenized each sentence's tokens
     * @param lexicon   words seen capitalised mid-sentence anywhere in the text
     */
    SentenceFeatures[] analyze(char[] lastChars, List<Tokens> tokenized, Lexicon lexicon) {
        List<Quantity>[] quantities = quantities(tokenized);
        ProperNameFinder.Names[] names = names(tokenized, lexicon);
        Cues[] cues = cues(tokenized);
        SentenceFeatures[] features = new SentenceFeatures[tokenized.size()];
        for (int i = 0; i < features.length; i++) {
            char last = lastChars[i];
            features[i] = new SentenceFeatures(quantities[i], names[i], cues[i], last == '?' || last == '？',
                    !isTerminal(last), tokenized.get(i).wordCount());
        }
        return features;
    }

    private List<Quantity>[] quantities(List<Tokens> tokenized) {
        @SuppressWarnings("unchecked")
        List<Quantity>[] quantities = new List[tokenized.size()];
        for (int i = 0; i < quantities.length; i++) {
            quantities[i] = quantityParser.parse(tokenized.get(i));
        }
        return quantities;
    }

    private ProperNameFinder.Names[] names(List<Tokens> tokenized, Lexicon lexicon) {
        ProperNameFinder.Names[] names = new ProperNameFinder.Names[tokenized.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = nameFinder.find(tokenized.get(i), lexicon);
        }
        return names;
    }

    private Cues[] cues(List<Tokens> tokenized) {
        Cues[] cues = new Cues[tokenized.size()];
        for (int i = 0; i < cues.length; i++) {
            cues[i] = cueFinder.find(tokenized.get(i));
        }
        return cues;
    }

    /**
     * Each sentence's last character that is not a closing quote or bracket, or a space if it has
     * none: what tells prose from a title, and a question from a statement.
     */
    static char[] lastSignificantChars(String text, List<Sentence> sentences) {
        char[] lastChars = new char[sentences.size()];
        for (int k = 0; k < lastChars.length; k++) {
            Sentence sentence = sentences.get(k);
            int i = sentence.end() - 1;
            while (i >= sentence.start()
                    && (Punctuation.isCloser(text.charAt(i)) || Character.isWhitespace(text.charAt(i)))) {
                i--;
            }
            lastChars[k] = i >= sentence.start() ? text.charAt(i) : ' ';
        }
        return lastChars;
    }

    /** True for a last significant character that ends a sentence like prose rather than like a title. */
    static boolean isTerminal(char c) {
        return Punctuation.isTerminal(c) || Punctuation.isCjkTerminal(c);
    }
}
