package factcheck.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.net.URL;

/**
 * One Chromium for all the tests of a class, since starting one takes seconds: a static {@code @RegisterExtension}
 * field, opened in each test's {@code @BeforeEach}. Every test still starts as a new visitor (signed out, nothing
 * stored, the usual window size) and makes its own data; the browser closes after the class's last test.
 */
public final class SharedBrowser implements AfterAllCallback {

    private Browser browser;

    /** The class's browser, started by the first test, and handed to each later one afresh. */
    public Browser open(URL base) {
        if (browser == null) {
            browser = Browser.open(base);
        } else {
            browser.startAfresh();
        }
        return browser;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
