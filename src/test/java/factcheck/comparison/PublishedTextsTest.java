package factcheck.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The news corpus's texts, each against itself and against the next text, by words alone. */
class PublishedTextsTest {

    private static final List<NewsTexts> TEXTS = NewsTexts.all();

    private final TextComparison comparison = new TextComparison(null);

    @Test
    void everyTextIsTheSameAsItself() {
        for (NewsTexts text : TEXTS) {
            for (SentencePair pair : comparison.compare(text.text(), text.text()).pairs()) {
                assertEquals(PairStatus.SAME, pair.status(), text.name() + ": " + pair);
            }
        }
    }

    /**
     * Texts on other subjects pair only the odd sentence: a dateline, a disclosure statement, a title on the
     * same subject.
     */
    @Test
    void textsOnOtherSubjectsPairAlmostNoSentences() {
        int sentences = 0;
        int paired = 0;
        for (int k = 0; k < TEXTS.size(); k++) {
            String copy = TEXTS.get(k).text();
            String other = TEXTS.get((k + 1) % TEXTS.size()).text();
            for (SentencePair pair : comparison.compare(copy, other).pairs()) {
                sentences++;
                paired += pair.status() == PairStatus.NOT_IN_ORIGINAL ? 0 : 1;
            }
        }
        assertTrue(paired <= sentences / 100, paired + " of " + sentences + " sentences paired");
    }
}
