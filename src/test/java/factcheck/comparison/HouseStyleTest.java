package factcheck.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import factcheck.extraction.MiniLmEncoder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Republications of one text that differ only in house style say the same: no pair is altered. */
class HouseStyleTest {

    /** Written for this test, as two outlets would print it. */
    private static final String AMERICAN = """
            Councils cut spending by 12% as costs rise

            The organization said on Tuesday that 9 in 10 of the U.K.'s councils had cut spending by 12%, \
            the sharpest fall since 2010. "We recognize the pressure," said the minister, who visited the \
            center in Leeds, Bradford, and York — adding that labor costs had risen by 4.5 percent.

            Officials in the U.S. called it a warning. The 3 largest cities, New York, Chicago, and \
            Houston, did not cut spending at all, according to the National League of Cities.
            """;

    private static final String BRITISH = """
            Councils cut spending by 12 per cent as costs rise

            The organisation said on Tuesday that nine in ten of the UK’s councils had cut spending by 12 \
            per cent, the sharpest fall since 2010. “We recognise the pressure,” said the minister, who \
            visited the centre in Leeds, Bradford and York – adding that labour costs had risen by 4.5%.

            Officials in the US called it a warning. The three largest cities, New York, Chicago and \
            Houston, didn’t cut spending at all, according to the National League of Cities.
            """;

    @Test
    void twoHouseStylesOfOneArticleAreTheSame() {
        for (TextComparison comparison : List.of(new TextComparison(MiniLmEncoder.shared()),
                new TextComparison(null))) {
            for (List<String> texts : List.of(List.of(AMERICAN, BRITISH), List.of(BRITISH, AMERICAN))) {
                List<SentencePair> pairs = comparison.compare(texts.get(0), texts.get(1)).pairs();
                assertEquals(5, pairs.size());
                for (SentencePair pair : pairs) {
                    assertEquals(PairStatus.SAME, pair.status(), pair.toString());
                    assertEquals(List.of(), pair.differences());
                }
            }
        }
    }

    /** By words alone: sentences that are the same but for house style pair up without their embeddings. */
    @Test
    void newsTextsRestyledKeepEveryFact() {
        TextComparison comparison = new TextComparison(null);
        List<NewsTexts> texts = NewsTexts.all().stream().filter(NewsTexts::mayBeAdapted).toList();
        assertTrue(texts.size() >= 50, "texts that may be adapted: " + texts.size());
        for (NewsTexts text : texts) {
            String restyled = HouseStyle.british(text.text());
            for (SentencePair pair : comparison.compare(restyled, text.text()).pairs()) {
                assertEquals(PairStatus.SAME, pair.status(), text.name() + ": " + pair);
            }
        }
    }
}
