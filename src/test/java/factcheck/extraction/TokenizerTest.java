package factcheck.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private final Tokenizer tokenizer = new Tokenizer();

    @Test
    void tokensEndInsideTheirSpanThoughASurrogatePairCrossesItsEnd() {
        // A span that ends in the first half of a surrogate pair: its second half lies past the span's end.
        String text = "Flags \uD83C\uDDFA\uD83C\uDDE6 were raised";
        int spanEnd = text.indexOf('\uDDFA');

        Tokens head = tokenizer.tokenize(text, 0, spanEnd);

        assertEquals(2, head.size());
        assertEquals(spanEnd, head.end(1));
    }

    @Test
    void countsWordsAndDoubleQuotationMarksOfEachSpan() {
        String text = "“We will rebuild,” she said. It cost $5 \"at most\".";
        int second = text.indexOf("It");

        Tokens quote = tokenizer.tokenize(text, 0, second - 1);
        Tokens cost = tokenizer.tokenize(text, second, text.length());

        assertEquals(5, quote.wordCount());
        assertEquals(2, quote.doubleQuotes());
        assertEquals(5, cost.wordCount());
        assertEquals(2, cost.doubleQuotes());
    }

    @Test
    void comparesATokenWithAWordAsEqualsIgnoreCaseDoes() {
        // Curly quotes make the text UTF-16; the Kelvin sign lower-cases to "k"; "@" and "`",
        // "[" and "{" differ in the bit that tells ASCII upper from lower case without being letters.
        String text = "“Of OF of” \u212Aelvin Straße @ [ TO to. İ";
        List<String> words = List.of("of", "OF", "kelvin", "KELVIN", "straße", "STRASSE", "`", "{", "to", ".",
                "i", "İ", "i\u0307");
        Tokens tokens = tokenizer.tokenize(text, 0, text.length());

        for (int k = 0; k < tokens.size(); k++) {
            for (String word : words) {
                assertEquals(tokens.text(k).equalsIgnoreCase(word), tokens.is(k, word), tokens.text(k) + " / " + word);
            }
        }
        assertEquals("\u212Aelvin", tokens.text(5));
        assertEquals(true, tokens.is(5, "KELVIN"));
    }

    @Test
    void classifiesCharactersOfEveryScriptAsTheJdkDoes() {
        // No-break and ideographic spaces separate; letters of any script, supplementary ones
        // included, make words; only ASCII digits start a number, other digits continue a word.
        String text = "Łódź\u00A0naïve l’État \uD835\uDC00bc \uD83D\uDE00 \u0663\u0664 x\u0663 Москва\u3000end";
        Tokens tokens = tokenizer.tokenize(text, 0, text.length());

        List<String> texts = new ArrayList<>();
        StringBuilder kinds = new StringBuilder();
        for (int k = 0; k < tokens.size(); k++) {
            texts.add(tokens.text(k));
            kinds.append(tokens.isWord(k) ? tokens.isCapitalised(k) ? 'W' : 'w' : tokens.isSymbol(k) ? 's' : 'n')
                    .append(tokens.spaced(k) ? ' ' : '_');
        }
        assertEquals(List.of("Łódź", "naïve", "l’État", "\uD835\uDC00bc", "\uD83D\uDE00", "\u0663", "\u0664",
                "x\u0663", "Москва", "end"), texts);
        assertEquals("W w w W s s s_w W w ", kinds.toString());
    }
}
