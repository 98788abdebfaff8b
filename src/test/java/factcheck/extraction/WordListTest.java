package factcheck.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;

class WordListTest {

    @Test
    void everyListedWordIsAVocabularyWordThatKnowsExactlyTheListsItIsIn() {
        for (WordList list : WordList.values()) {
            for (String word : list.words()) {
                KnownWord entry = Vocabulary.find(word, 0, word.length());
                assertNotNull(entry, word + " is not in the vocabulary");
                for (WordList other : WordList.values()) {
                    assertEquals(other.words().contains(word), entry.in(other), word + " in " + other);
                }
            }
        }
    }

    @Test
    void aCapitalisedTokenIsInTheListsOfItsLowerCaseForm() {
        String text = "Mid-March, 140 People";
        Tokens tokens = new Tokenizer().tokenize(new TokenTable(text), 0, text.length());

        assertEquals("People", tokens.text(3));
        assertEquals(true, tokens.in(3, WordList.PEOPLE_NOUN));
        assertEquals(false, tokens.in(2, WordList.PEOPLE_NOUN));
    }
}
