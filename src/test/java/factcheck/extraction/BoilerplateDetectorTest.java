package factcheck.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoilerplateDetectorTest {

    private static final List<String> SENTENCES = List.of(
            "This article is REPUBLISHED FROM The Conversation under a Creative Commons license.",
            "Read the original article.",
            "Photo: Jane Doe / Reuters",
            "Getty Images",
            "Jane Smith is a senior lecturer in economics at the University of Leeds.",
            "CL\u0130CK HERE to read more.",
            "Troops killed 40 people in the attack, officials said.",
            "");

    @Test
    void namesThePhraseWhateverItsCase() {
        assertEquals("boilerplate: publishing notice (\"republished from\")",
                BoilerplateDetector.detect(SENTENCES.get(0)));
        assertEquals("boilerplate: image or media credit", BoilerplateDetector.detect(SENTENCES.get(2)));
        assertEquals("boilerplate: image or media credit", BoilerplateDetector.detect(SENTENCES.get(3)));
        assertEquals("boilerplate: author biography", BoilerplateDetector.detect(SENTENCES.get(4)));
        assertNull(BoilerplateDetector.detect(SENTENCES.get(6)));
    }

    @Test
    void authorBiographyWhateverSeparatesItsWords() {
        assertEquals("boilerplate: author biography",
                BoilerplateDetector.detect("Jane Smith\nis a senior lecturer in economics at the University of Leeds."));
        assertEquals("boilerplate: author biography",
                BoilerplateDetector.detect("John Doe is editor-in-chief of the Riverside Gazette."));
    }

    @Test
    void sentencesThatOnlyStartLikeABiographyAreProse() {
        assertNull(BoilerplateDetector.detect("Kazakhstan is the largest country in Central Asia."));
        assertNull(BoilerplateDetector.detect("The editor is expected to resign on Friday."));
        assertNull(BoilerplateDetector.detect("Smith said the professor is a fraud."));
    }

    @Test
    void agencyCreditsAreWholeWords() {
        assertEquals("boilerplate: image or media credit", BoilerplateDetector.detect("(AP Photo/Evan Vucci)"));
        assertEquals("boilerplate: image or media credit", BoilerplateDetector.detect("Jane Doe/AFP/Getty Images"));
        assertNull(BoilerplateDetector.detect("The map photo shows 40 dead."));
        assertNull(BoilerplateDetector.detect("Scrap photos from 2019 show the dam intact."));
    }

    @Test
    void dottedCapitalIDoesNotSpellAnAsciiPhrase() {
        // "İ" lower-cases to "i" plus a combining dot, so "CLİCK HERE" never contained "click here".
        assertNull(BoilerplateDetector.detect(SENTENCES.get(5)));
    }

    @Test
    void readsASentenceInPlaceAsIfCutOut() {
        String text = "Opening words here.\n\n" + String.join("\n\n", SENTENCES) + "\n\nClosing words.";
        int from = 0;
        for (String sentence : SENTENCES) {
            int start = text.indexOf(sentence, from);
            assertEquals(BoilerplateDetector.detect(sentence),
                    detectIn(text, start, start + sentence.length()), sentence);
            from = start + sentence.length();
        }
    }

    @Test
    void onlyTheHeadOfALongSentenceCounts() {
        String sentence = "x".repeat(400) + " republished from";
        assertNull(BoilerplateDetector.detect(sentence));
        assertEquals(BoilerplateDetector.detect(sentence),
                detectIn("ab" + sentence + "cd", 2, 2 + sentence.length()));
    }

    /** The sentence at [start, end) of a longer text, tokenised in place as the extractor does. */
    private static String detectIn(String text, int start, int end) {
        return BoilerplateDetector.detect(new Tokenizer().tokenize(text, start, end), start, end);
    }
}
