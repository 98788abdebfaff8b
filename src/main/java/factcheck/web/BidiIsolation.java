package factcheck.web;

import io.quarkus.qute.TemplateExtension;

/**
 * User text that a page writes among its own words where no element can isolate it (the page title, an
 * attribute, a select option): wrapped in the Unicode isolates FIRST STRONG ISOLATE and POP DIRECTIONAL
 * ISOLATE, so a right-to-left override in it cannot reorder the words around it. In element content, templates
 * isolate user text with {@code <bdi>} or {@code dir="auto"} instead.
 */
@TemplateExtension
public final class BidiIsolation {

    private static final char FIRST_STRONG_ISOLATE = '\u2068';
    private static final char POP_DIRECTIONAL_ISOLATE = '\u2069';

    private BidiIsolation() {
    }

    /** {@code {article.title.isolated}} */
    public static String isolated(String text) {
        return FIRST_STRONG_ISOLATE + text + POP_DIRECTIONAL_ISOLATE;
    }
}
