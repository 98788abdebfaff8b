package factcheck.extraction;

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
                TERMINALS.indexOf(last) < 0,
                words);
    }

    /** True when the sentence ends like prose rather than like a title. */
    static boolean endsWithPunctuation(String text, Sentence sentence) {
        return TERMINALS.indexOf(lastSignificantChar(text, sentence)) >= 0;
    }

    /** The last character that is not a closing quote or bracket, or a space if there is none. */
    private static char lastSignificantChar(String text, Sentence sentence) {
        int i = sentence.end() - 1;
        while (i >= sentence.start()
                && (CLOSERS.indexOf(text.charAt(i)) >= 0 || Character.isWhitespace(text.charAt(i)))) {
            i--;
        }
        return i >= sentence.start() ? text.charAt(i) : ' ';
    }
}
