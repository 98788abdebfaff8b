package factcheck.arithmetic;

import java.util.Objects;

/**
 * A number as a text states it, with the range of true values its written precision allows.
 *
 * @param text     the figure as written, exactly {@code text.substring(start, end)}
 * @param start    offset into the checked text, inclusive
 * @param end      offset into the checked text, exclusive
 * @param value    the value written: "2,911" 2911, "1.5 million" 1500000, "12.5 %" 12.5, "£3bn" 3000000000
 * @param rounding how far the true value may lie from {@code value} and still be written so: half of the
 *                 last written digit ("368" 0.5, "1.5 million" 50000, "12.5 %" 0.05); zeros ending a whole
 *                 number count as rounding down to two significant digits ("3,000" 50, "120" 5, "40" 0.5)
 * @param unit     what the number counts
 * @param currency ISO code of the currency written before it ("£" GBP, "US$" USD), or null
 */
public record Figure(String text, int start, int end, double value, double rounding, Unit unit, String currency) {

    /** What a figure counts: plain numbers and money are compared with each other, never with shares. */
    public enum Unit {
        /** A count or an amount: "368", "1.2m", "£3bn". */
        NUMBER,
        /** A percentage: "12 %", "12 per cent", "12pc". */
        PERCENT,
        /** A difference of percentages: "5 percentage points", "5pp". */
        POINTS
    }

    /** Whether both figures count the same kind of thing, so that one can be compared with the other. */
    public boolean sameKindAs(Figure other) {
        return unit == other.unit && Objects.equals(currency, other.currency);
    }

    /** The values this figure can stand for. */
    Interval range() {
        return new Interval(value - rounding, value + rounding);
    }
}
