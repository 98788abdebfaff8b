package factcheck.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void everyWordWithAMeaningInAFigureIsAVocabularyWordThatKnowsIt() {
        for (String word : NumberWords.MONTHS.keySet()) {
            assertEquals(NumberWords.MONTHS.get(word), Vocabulary.find(word, 0, word.length()).figure().month(), word);
        }
        for (String word : NumberWords.SMALL.keySet()) {
            assertEquals(NumberWords.SMALL.get(word), Vocabulary.find(word, 0, word.length()).figure().small(), word);
        }
        for (String word : NumberWords.CURRENCY_WORDS.keySet()) {
            assertEquals(NumberWords.CURRENCY_WORDS.get(word), Vocabulary.find(word, 0, word.length()).figure().currency(),
                    word);
        }
        for (String word : NumberWords.SCALE_WORDS.keySet()) {
            assertEquals(NumberWords.SCALE_WORDS.get(word), Vocabulary.find(word, 0, word.length()).figure().scale(), word);
        }
        for (String word : QuantityParser.OPENING_WORDS) {
            assertTrue(Vocabulary.find(word, 0, word.length()).opensQuantity(), word);
        }
    }

    @Test
    void aCapitalisedTokenIsInTheListsOfItsLowerCaseForm() {
        String text = "Mid-March, 140 People";
        Tokens tokens = new Tokenizer().tokenize(text, 0, text.length());

        assertEquals("People", tokens.text(3));
        assertEquals(true, tokens.in(3, WordList.PEOPLE_NOUN));
        assertEquals(false, tokens.in(2, WordList.PEOPLE_NOUN));
    }
}
