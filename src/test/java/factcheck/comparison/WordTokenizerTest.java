package factcheck.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordTokenizerTest {

    private static List<String> keys(String text) {
        return new WordTokenizer().tokenize(text, 0, text.length()).stream()
                .map(w -> w.key() == null ? w.text() : w.key()).toList();
    }

    @Test
    void hyphenatedWordsAreTheirParts() {
        assertEquals(keys("anti war"), keys("anti-war"));
        assertEquals(List.of("kassym", "-", "jomart"), keys("Kassym- Jomart"));
    }

    @Test
    void contractionsAndPossessives() {
        assertEquals(List.of("they", "did", "not", "vot"), keys("they didn't vote"));
        assertEquals(List.of("russia", "war"), keys("Russia’s war"));
        assertEquals(List.of("o'brien"), keys("O'Brien"));
    }

    @Test
    void figuresWithTheirGluedScaleAndPerCent() {
        assertEquals(List.of("1.2", "bn"), keys("1.2bn"));
        assertEquals(List.of("40", "%"), keys("40pc"));
        assertEquals(List.of("12", "%"), keys("12 per cent"));
        assertEquals(List.of("12", "%"), keys("12 percent"));
        assertEquals(List.of("12", "%"), keys("12%"));
        assertEquals(List.of("1500", "21st", "1990s"), keys("1,500 21st 1990s"));
        assertEquals(List.of("$", "5"), keys("$5"));
    }

    @Test
    void dottedAbbreviationsAreOneWord() {
        assertEquals(List.of("us", "troop"), keys("U.S. troops"));
        assertEquals(List.of("mr", ".", "smith"), keys("Mr. Smith"));
    }

    @Test
    void houseStyleSpellingsShareAKey() {
        assertEquals(keys("organization labor center recognize analyze traveled judgment defense program nine"),
                keys("organisation labour centre recognise analyse travelled judgement defence programme 9"));
        assertEquals(keys("supported countries states"), keys("support country state"));
    }

    @Test
    void wordsThatOnlyLookAlikeKeepTheirKeys() {
        assertEquals(List.of("hour", "your", "tour", "pour"), keys("hour your tour pour"));
    }
}
