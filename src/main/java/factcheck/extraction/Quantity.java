package factcheck.extraction;

/**
 * A number, percentage, amount of money, date or range of these found in a text.
 *
 * @param text       the quantity as written, exactly {@code article.substring(start, end)}
 * @param start      offset into the article text (not the sentence), inclusive
 * @param end        offset into the article text, exclusive
 * @param value      normalised value: "140", "10000000", "3.5", dates as "2024-03" or "2008";
 *                   the lower bound of a range; null when the text gives no exact figure ("hundreds of")
 * @param unit       "people", "percent", "percentage points", "date", a currency code such as "USD",
 *                   the counted noun as written ("tonnes"), or null
 * @param qualifier  hedge on the figure as written in lower case ("at least", "an estimated"), or null
 * @param upperValue upper bound of a range ("between 10 and 20", "2014–2016"), normalised like
 *                   {@code value}; null for a single figure
 */
public record Quantity(String text, int start, int end, String value, String unit, String qualifier,
                       String upperValue) {

    // No derived accessors such as isRange(): Jackson would write them as extra JSON properties,
    // which the claim store, reading strictly, then refuses to read back.

    /** A single figure, not a range. */
    public Quantity(String text, int start, int end, String value, String unit, String qualifier) {
        this(text, start, end, value, unit, qualifier, null);
    }
}
