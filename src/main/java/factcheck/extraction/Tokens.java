package factcheck.extraction;

import java.util.List;
import java.util.Locale;

/**
 * The tokens of one sentence, indexed from 0, and the questions readers ask about them. Offsets
 * are into the whole text; {@link #text} and {@link #lower} build strings.
 */
final class Tokens {

    private final String text;
    private final Token[] tokens;
    private final int words;
    private final int doubleQuotes;

    Tokens(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens.toArray(new Token[0]);
        this.words = (int) tokens.stream().filter(t -> t.kind() != Token.Kind.SYMBOL).count();
        this.doubleQuotes = (int) tokens.stream().filter(t -> isDoubleQuote(text, t)).count();
    }

    private static boolean isDoubleQuote(String text, Token token) {
        if (token.kind() != Token.Kind.SYMBOL || token.end() - token.start() != 1) {
            return false;
        }
        char c = text.charAt(token.start());
        return c == '"' || c == '“' || c == '”';
    }

    int size() {
        return tokens.length;
    }

    /** The number of tokens that are not symbols: words and numbers. */
    int wordCount() {
        return words;
    }

    /** The number of double quotation marks (", “ and ”). */
    int doubleQuotes() {
        return doubleQuotes;
    }

    boolean isEmpty() {
        return tokens.length == 0;
    }

    int start(int k) {
        return tokens[k].start();
    }

    int end(int k) {
        return tokens[k].end();
    }

    int length(int k) {
        return end(k) - start(k);
    }

    boolean isWord(int k) {
        return tokens[k].kind() == Token.Kind.WORD;
    }

    boolean isNumber(int k) {
        return tokens[k].kind() == Token.Kind.NUMBER;
    }

    boolean isSymbol(int k) {
        return tokens[k].kind() == Token.Kind.SYMBOL;
    }

    boolean spaced(int k) {
        return tokens[k].spaced();
    }

    boolean isCapitalised(int k) {
        return tokens[k].capitalised();
    }

    boolean hasPossessive(int k) {
        return tokens[k].possessive();
    }

    /** A word with a hyphen inside ("twenty-five", "anti-war"). */
    boolean isHyphenated(int k) {
        return tokens[k].hyphenated();
    }

    /** A token a quantity reader can start at ("140", "$", "between", "March", "twenty-five"). */
    boolean opensQuantity(int k) {
        return tokens[k].opensQuantity();
    }

    /** A vocabulary word that can start a cue phrase or attribution, or "than". */
    boolean isCue(int k) {
        KnownWord word = word(k);
        return word != null && CueFinder.startsCue(word);
    }

    /** A word the boilerplate check stops at. */
    boolean isNoticeWord(int k) {
        KnownWord word = word(k);
        return word != null && BoilerplateDetector.NOTICE_WORDS.contains(word.lower());
    }

    /** The vocabulary entry of a word token, or null for other tokens and unknown words. */
    KnownWord word(int k) {
        return tokens[k].word();
    }

    /** Case-insensitive comparison, as {@code text(k).equalsIgnoreCase(symbolOrWord)}. */
    boolean is(int k, String symbolOrWord) {
        return length(k) == symbolOrWord.length()
                && text.regionMatches(true, start(k), symbolOrWord, 0, symbolOrWord.length());
    }

    /** Case-sensitive comparison, as {@code text(k).equals(s)}. */
    boolean textIs(int k, String s) {
        return length(k) == s.length() && text.startsWith(s, start(k));
    }

    /** True for a one-character token that is one of {@code chars}. */
    boolean isOneOf(int k, String chars) {
        return length(k) == 1 && chars.indexOf(text.charAt(start(k))) >= 0;
    }

    /** Index of {@code c} in the token's text, as {@code text(k).indexOf(c)}. */
    int indexOf(int k, char c) {
        return text(k).indexOf(c);
    }

    String text(int k) {
        return text.substring(start(k), end(k));
    }

    /** True for a word in {@code list}, in any case. */
    boolean in(int k, WordList list) {
        KnownWord word = word(k);
        return word != null && word.in(list);
    }

    /** What a word means in a figure; {@link KnownWord.FigureWord#NONE} for any other token. */
    KnownWord.FigureWord figureWord(int k) {
        KnownWord word = word(k);
        return word != null ? word.figure() : KnownWord.FigureWord.NONE;
    }

    /** The token lower-cased with {@code Locale.ROOT}. */
    String lower(int k) {
        KnownWord word = word(k);
        return word != null ? word.lower() : text(k).toLowerCase(Locale.ROOT);
    }

    /** The text without a trailing possessive, so "Moscow’s" and "Moscow" name the same thing. */
    String withoutPossessive(int k) {
        return text.substring(start(k), endWithoutPossessive(k));
    }

    /** End offset of the text without a trailing possessive. */
    int endWithoutPossessive(int k) {
        return end(k) - (hasPossessive(k) ? 2 : 0);
    }

    /** True when upper-casing would not change the text ("NATO", "USD"). */
    boolean isUpperCase(int k) {
        String token = text(k);
        return token.equals(token.toUpperCase(Locale.ROOT));
    }

    /** The whole text the offsets point into. */
    String text() {
        return text;
    }
}
