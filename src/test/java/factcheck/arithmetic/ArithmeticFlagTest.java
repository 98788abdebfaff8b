package factcheck.arithmetic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArithmeticFlagTest {

    private final ArithmeticCheck check = new ArithmeticCheck();

    @Test
    void coversTheAssertedRelationAndNamesItsFigures() {
        String text = "Measles spread fast. There were 2,911 cases, tripled from 368 the year before.";

        List<ArithmeticFlag> flags = check.check(text);

        assertEquals(1, flags.size());
        ArithmeticFlag flag = flags.get(0);
        assertEquals("2,911 cases, tripled from 368", text.substring(flag.start(), flag.end()));
        assertEquals(Relation.MULTIPLE, flag.relation());
        assertEquals(List.of("2,911", "368"), flag.figures().stream().map(Figure::text).toList());
        assertEquals(List.of(2911.0, 368.0), flag.figures().stream().map(Figure::value).toList());
    }

    @Test
    void flagsOnlyTheWrongOneOfTwoRelationsInASentence() {
        String text = "Cases doubled from 100 to 200 and deaths tripled from 10 to 50.";

        List<ArithmeticFlag> flags = check.check(text);

        assertEquals(1, flags.size());
        assertEquals("tripled from 10 to 50", text.substring(flags.get(0).start(), flags.get(0).end()));
        assertEquals("50 / 10 = 5.0×, not 3× (\"tripled\")", flags.get(0).message());
    }

    @Test
    void reportsMismatchesOfSeveralSentencesInTextOrder() {
        String text = "Of the 1,250 students, 312, or 40%, passed.\n\nBills rose 50pc from £1,000 to £1,200. "
                + "Turnout was 62%. Flights doubled to 900 from 300.";

        List<ArithmeticFlag> flags = check.check(text);

        assertEquals(List.of(Relation.SHARE, Relation.PERCENT_CHANGE, Relation.MULTIPLE),
                flags.stream().map(ArithmeticFlag::relation).toList());
        assertEquals(List.of("Of the 1,250 students, 312, or 40%", "rose 50pc from £1,000 to £1,200",
                        "doubled to 900 from 300"),
                flags.stream().map(f -> text.substring(f.start(), f.end())).toList());
    }

    @Test
    void tellsAPercentChangeFromADifference() {
        List<ArithmeticFlag> flags = check.check("Membership rose by 300 from 1,250 to 1,450.");

        assertEquals(Relation.DIFFERENCE, flags.get(0).relation());
        assertEquals(List.of("300", "1,250", "1,450"), flags.get(0).figures().stream().map(Figure::text).toList());
    }

    @Test
    void readsNothingFromTextWithoutFigures() {
        assertEquals(List.of(), check.check(""));
        assertEquals(List.of(), check.check("Prices doubled, then halved, and the rest is history."));
    }

    @Test
    void leavesOverlongRunsOfTextUnread() {
        // A table flattened into one "sentence": thousands of figures, no sentence end.
        StringBuilder table = new StringBuilder("A total of 5: ");
        for (int row = 0; row < 5_000; row++) {
            table.append(row % 900 + 1).append(" in A, ");
        }
        table.append("and 3 in B");

        assertEquals(List.of(), check.check(table.toString()));
    }
}
