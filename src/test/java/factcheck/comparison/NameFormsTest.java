package factcheck.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameFormsTest {

    private static boolean same(String a, String b) {
        return NameForms.same(canonical(a), canonical(b));
    }

    private static String canonical(String name) {
        String plain = NameForms.plain(name);
        String alias = NameForms.alias(plain);
        return alias != null ? alias : plain;
    }

    @ParameterizedTest
    @CsvSource({"Russian, Russia", "Russians, Russia", "Ukrainian, Ukraine", "Asian, Asia", "Chinese, China",
            "Western, West", "Kazakh, Kazakhstan", "Kazakhs, Kazakhstan", "Kazakhstani, Kazakhstan",
            "Tajik, Tajikistan",
            "Kyrgyz, Kyrgyzstan", "Kyrgyz Republic, Kyrgyzstan", "Turkmen, Turkmenistan", "Georgian, Georgia",
            "Italian, Italy", "Japanese, Japan", "Iraqi, Iraq", "Canadian, Canada", "Mexican, Mexico",
            "European, Europe", "US, United States", "U.S., America", "American, US", "UK, Britain",
            "British, United Kingdom", "Dutch, Netherlands", "French, France", "German, Germany",
            "Russian Federation, Russia", "UN, United Nations", "Türkiye, Turkey", "Visualisation, Visualization"})
    void namesOfOnePlaceOrPeopleAreTheSame(String a, String b) {
        assertTrue(same(a, b), a + " = " + b);
        assertTrue(same(b, a), b + " = " + a);
    }

    @ParameterizedTest
    @CsvSource({"Soviet, Russian", "Moscow, Russia", "Kremlin, Russia", "American, Western", "Central, Northern",
            "George, Georgia", "John, Johnson", "Harris, Harrison", "India, Indiana", "Austria, Australia",
            "Iran, Iraq", "Latin America, America", "Niger, Nigeria", "Roman, Romania"})
    void otherNamesDiffer(String a, String b) {
        assertFalse(same(a, b), a + " ≠ " + b);
        assertFalse(same(b, a), b + " ≠ " + a);
    }

    @ParameterizedTest
    @CsvSource({"Kassym-Jomart, kassym-jomart", "Éireann, eireann", "U.S., us", "O’Brien, obrien"})
    void namesAreComparedWithoutCaseAccentsDotsOrApostrophes(String written, String plain) {
        assertEquals(plain, NameForms.plain(written));
    }
}
