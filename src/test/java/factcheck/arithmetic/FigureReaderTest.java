package factcheck.arithmetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FigureReaderTest {

    private static Figure only(String text) {
        Matcher m = Patterns.plain(Patterns.FIGURE).matcher(text);
        assertTrue(m.find(), () -> "no figure in " + text);
        Figure figure = FigureReader.read(text, m.start(), m.end());
        assertFalse(m.find(), () -> "more than one figure in " + text);
        return figure;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            There were 2,911 cases.      | 2,911        | 2911       | 0.5      | NUMBER  |
            It has 1.5 million people.   | 1.5 million  | 1500000    | 50000    | NUMBER  |
            Visitors reached 1.2m.       | 1.2m         | 1200000    | 50000    | NUMBER  |
            Turnout was 12.5 %.          | 12.5 %       | 12.5       | 0.05     | PERCENT |
            Turnout was 12 per cent.     | 12 per cent  | 12         | 0.5      | PERCENT |
            Turnout was 12percent.       | 12percent    | 12         | 0.5      | PERCENT |
            Bills rose 12pc.             | 12pc         | 12         | 0.5      | PERCENT |
            It costs £3bn.               | £3bn         | 3000000000 | 5.0E8    | NUMBER  | GBP
            It costs US$5.4 billion.     | US$5.4 billion | 5400000000 | 5.0E7  | NUMBER  | USD
            It costs €20k.               | €20k         | 20000      | 500      | NUMBER  | EUR
            Support fell 5 points.       | 5 points     | 5          | 0.5      | POINTS  |
            It fell 0.5 percentage points. | 0.5 percentage points | 0.5 | 0.05 | POINTS  |
            Three suspects fled.         | Three        | 3          | 0.5      | NUMBER  |
            Twenty-five suspects fled.   | Twenty-five  | 25         | 0.5      | NUMBER  |
            Some three million moved.    | three million | 3000000   | 500000   | NUMBER  |
            """)
    void readsValueUnitCurrencyAndWrittenPrecision(String text, String written, double value, double rounding,
                                                   Figure.Unit unit, String currency) {
        Figure figure = only(text);
        assertEquals(written, figure.text());
        assertEquals(value, figure.value(), 1e-6);
        assertEquals(rounding, figure.rounding(), 1e-9);
        assertEquals(unit, figure.unit());
        assertEquals(currency, figure.currency());
    }

    @ParameterizedTest
    @CsvSource({
            "368, 0.5",
            "40, 0.5",
            "120, 5",
            "3000, 50",
            "'3,000', 50",
            "'10,000', 500",
            "2910, 5",
            "12.50, 0.005",
    })
    void readsZerosEndingAWholeNumberAsRoundingToTwoSignificantDigits(String digits, double rounding) {
        assertEquals(rounding, FigureReader.roundingOf(digits), 1e-12);
    }

    @ParameterizedTest
    @ValueSource(strings = {"COVID-19 spread.", "The G7 met.", "It ran 2014–2016.", "A 10-year plan.", "Ages 3/4.",
            "It came 21st.", "At 9am sharp."})
    void findsNoFigureInsideLongerTokens(String text) {
        assertFalse(Patterns.plain(Patterns.FIGURE).matcher(text).find(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"It began in 2019 and", "It began on 12 March and", "It began on March 12 and",
            "There were about 300 and", "There were 300+ and", "There were 300 odd and", "There were 300 or so and"})
    void refusesYearsDaysAndHedgedFigures(String text) {
        Matcher m = Patterns.plain(Patterns.FIGURE).matcher(text);
        assertTrue(m.find());
        Figure figure = FigureReader.read(text, m.start(), m.end());
        assertFalse(FigureReader.usable(text, figure, figure.start()), text);
    }

    @ParameterizedTest
    @CsvSource({"2, 3 million, false", "800, 1.2 million, false", "'800,000', 1.2 million, true",
            "£2bn, £3bn, true", "£2bn, $3bn, false", "10%, 12, false"})
    void comparesFiguresOnlyWhenTheirScaleAndKindAgree(String one, String other, boolean comparable) {
        assertEquals(comparable, FigureReader.comparable(only(one), only(other)));
    }
}
