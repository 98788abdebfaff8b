package factcheck.extraction;

/**
 * Recognises the marker at the start of a bulleted or numbered list item ("- ", "* ", "• ",
 * "1. ", "2) "). Each item is a segment of its own even without final punctuation, and the
 * segment starts after the marker so that a claim's text is the item, not its bullet.
 */
final class ListItems {

    private static final String BULLETS = "-*•–—·‣▪◦●■";
    /** "1." to "99." are list numbers; "2024." at a line start is more likely a year. */
    private static final int MAX_NUMBER_DIGITS = 2;

    private ListItems() {
    }

    /** Offset of the item's text after its marker and spaces, or -1 when the line is no list item. */
    static int contentStart(String text, int lineStart, int lineEnd) {
        int i = TextScan.firstNonSpace(text, lineStart, lineEnd);
        if (i >= lineEnd) {
            return -1;
        }
        int afterMarker;
        if (BULLETS.indexOf(text.charAt(i)) >= 0) {
            afterMarker = i + 1;
        } else {
            int digits = i;
            while (digits < lineEnd && digits - i <= MAX_NUMBER_DIGITS
                    && Tokenizer.isAsciiDigit(text.charAt(digits))) {
                digits++;
            }
            boolean numbered = digits > i && digits - i <= MAX_NUMBER_DIGITS && digits < lineEnd
                    && (text.charAt(digits) == '.' || text.charAt(digits) == ')');
            if (!numbered) {
                return -1;
            }
            afterMarker = digits + 1;
        }
        if (afterMarker >= lineEnd || !TextScan.isSpace(text.charAt(afterMarker))) {
            return -1;
        }
        int content = TextScan.firstNonSpace(text, afterMarker, lineEnd);
        return content < lineEnd && TextScan.hasLetterOrDigit(text, content, lineEnd) ? content : -1;
    }
}
