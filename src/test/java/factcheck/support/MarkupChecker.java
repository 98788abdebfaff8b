package factcheck.support;

import nu.validator.validation.SimpleDocumentValidator;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The Nu Html Checker (the W3C validator) run in-process with the schema its command line uses for HTML. Only errors
 * count: warnings and notes are advice, such as the trailing slash of a void element.
 */
public final class MarkupChecker {

    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private static final Errors ERRORS = new Errors();
    private static SimpleDocumentValidator checker;

    private MarkupChecker() {
    }

    /** The checker's errors in a whole HTML document, each as "line N: message"; empty when it is valid. */
    public static synchronized List<String> errorsIn(String html) {
        try {
            ERRORS.found.clear();
            InputSource document = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
            checker().checkHtmlInputSource(document);
            return List.copyOf(ERRORS.found);
        } catch (IOException | SAXException e) {
            throw new IllegalStateException("The Nu Html Checker failed", e);
        }
    }

    /** Reading the schema takes seconds, so one checker serves every page; it checks one document at a time. */
    private static SimpleDocumentValidator checker() {
        if (checker == null) {
            // The checker logs its parsing steps through log4j 1, which its own set-up would send to the console:
            // silenced instead. No guessing of the language either, which only ever warns.
            Logger.getLogger("nu.validator").setLevel(Level.OFF);
            SimpleDocumentValidator validator = new SimpleDocumentValidator(false, false, false);
            try {
                validator.setUpMainSchema(HTML_SCHEMA, ERRORS);
                validator.setUpValidatorAndParsers(ERRORS, true, false);
            } catch (Exception e) {
                throw new IllegalStateException("The Nu Html Checker's HTML schema did not load", e);
            }
            checker = validator;
        }
        return checker;
    }

    private static final class Errors implements ErrorHandler {

        final List<String> found = new ArrayList<>();

        @Override
        public void warning(SAXParseException warning) {
        }

        @Override
        public void error(SAXParseException error) {
            found.add("line " + error.getLineNumber() + ": " + error.getMessage());
        }

        @Override
        public void fatalError(SAXParseException error) {
            error(error);
        }
    }
}
