package factcheck.extraction;

import java.util.Set;

/**
 * What a figure is, read off its unit: the one place that says which units are shares, which are
 * money and which are dates, for the signals and the claim kind alike.
 */
enum QuantityKind {
    /** "percent", "percentage points", a ratio ("one in four") or a fraction ("two thirds"). */
    SHARE,
    /** A currency code such as "USD". */
    MONEY,
    /** A count of something, with or without a unit ("140 people", "a dozen"). */
    COUNT,
    /** A day, month, year or span of years. */
    DATE;

    static final String DATE_UNIT = "date";
    static final String PERCENT = "percent";
    static final String PERCENTAGE_POINTS = "percentage points";
    static final String RATIO = "ratio";
    static final String FRACTION = "fraction";

    private static final Set<String> SHARE_UNITS = Set.of(PERCENT, PERCENTAGE_POINTS, RATIO, FRACTION);

    static QuantityKind of(Quantity quantity) {
        String unit = quantity.unit();
        if (DATE_UNIT.equals(unit)) {
            return DATE;
        }
        if (unit != null && SHARE_UNITS.contains(unit)) {
            return SHARE;
        }
        return QuantityParser.isMoney(quantity) ? MONEY : COUNT;
    }
}
