package factcheck.report;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * JSON that can stand inside an HTML {@code <script>} element, as JSON-LD does on a published page: {@code <},
 * {@code >} and {@code &} are written as JSON's unicode escapes (003c, 003e and 0026 in hex), so no text can
 * close the element or start markup. Read as JSON, the strings are unchanged.
 */
final class ScriptSafeEscapes extends CharacterEscapes {

    private static final int[] ESCAPES = standardAsciiEscapesForJSON();

    static {
        ESCAPES['<'] = ESCAPE_CUSTOM;
        ESCAPES['>'] = ESCAPE_CUSTOM;
        ESCAPES['&'] = ESCAPE_CUSTOM;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ESCAPES;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        return new SerializedString(String.format("\\u%04x", ch));
    }
}
