package factcheck.extraction;

/** Computes the {@link SentenceFeatures} of one sentence from its tokens. Stateless. */
final class SentenceAnalyzer {

    private final QuantityParser quantityParser = new QuantityParser();
    private final ProperNameFinder nameFinder = new ProperNameFinder();
    private final CueFinder cueFinder = new CueFinder();

    /**
     * @param text    the whole input text
     * @param tokens  the sentence's tokens, with offsets into {@code text}
     * @param lexicon words seen capitalised mid-sentence anywhere in the text
     */
    SentenceFeatures analyze(String text, Sentence sentence, Tokens tokens, Lexicon lexicon) {
        char last = lastSignificantChar(text, sentence);
        int words = 0;
        for (int k = 0; k < tokens.size(); k++) {
            if (!tokens.isSymbol(k)) {
                words++;
            }
        }
        return new SentenceFeatures(
                quantityParser.parse(tokens),
                nameFinder.find(tokens, lexicon),
                cueFinder.find(tokens),
                last == '?' || last == '？',
                !isTerminal(last),
                words);
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
