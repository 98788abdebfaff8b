package factcheck.web;

import factcheck.support.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Swagger UI still works under the Content-Security-Policy that keeps it from being framed. */
@QuarkusTest
class ApiDocumentationBrowserTest {

    @TestHTTPResource("/")
    URL base;

    Browser browser;

    @AfterEach
    void closeBrowser() {
        // None was opened when the test was left out for want of Chromium.
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void swaggerUiListsTheApiUnderItsPolicy() {
        browser = Browser.open(base);

        browser.go("/q/swagger-ui/");

        browser.waitUntil(driver -> !driver.findElements(By.cssSelector(".opblock-summary-path")).isEmpty());
        assertTrue(browser.driver().findElements(By.cssSelector(".opblock-summary-path")).stream()
                .anyMatch(path -> path.getText().replace("\u200b", "").equals("/api/articles")));
    }
}
