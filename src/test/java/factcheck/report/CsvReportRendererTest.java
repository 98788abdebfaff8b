package factcheck.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvReportRendererTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+49 123", "-5 degrees", "@SUM(A1:A2)", "\tindented", "\rreturn"})
    void cellsThatStartLikeFormulasGetAnApostrophe(String text) {
        assertEquals("'" + text, CsvReportRenderer.cell(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Plain text", "a = b", "0.8", "'already quoted", " =leading space"})
    void otherCellsAreLeftAlone(String text) {
        assertEquals(text, CsvReportRenderer.cell(text));
    }

    @Test
    void numbersAreWrittenAsTheyAre() {
        assertEquals("42", CsvReportRenderer.cell(42L));
    }
}
