package factcheck.extraction;

/**
 * A number, percentage, amount of money or date found in a text.
 *
 * @param text      the quantity as written, exactly {@code article.substring(start, end)}
 * @param start     offset into the article text (not the sentence), inclusive
 * @param end       offset into the article text, exclusive
 * @param value     normalised value: "140", "10000000", "3.5", dates as "2024-03" or "2008";
 *                  null when the text gives no exact figure ("hundreds of")
 * @param unit      "people", "percent", "date", a currency code such as "USD", the counted noun
 *                  as written ("tonnes"), or null
 * @param qualifier hedge on the figure as written in lower case ("at least", "an estimated"), or null
 */
public record Quantity(String text, int start, int end, String value, String unit, String qualifier) {
}
