package factcheck.report;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import factcheck.account.Role;
import factcheck.support.Accounts;
import factcheck.support.Api;
import factcheck.support.Browser;
import factcheck.support.Reviews;
import factcheck.support.SharedBrowser;
import factcheck.support.EmptyDatabase;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The print view of a report in a real browser: landmarks a screen reader can jump between, and no violation of
 * axe-core's WCAG 2.1 A and AA rules or of its best practices (which include that all content sits in landmarks);
 * and the reports page's choice of claims, made with the keyboard, reaching the print view.
 */
@QuarkusTest
@EmptyDatabase
class ReportPrintViewBrowserTest {

    private static final String RATED = "The attack in March 2024 killed 140 people at Crocus City Hall in Moscow.";

    @RegisterExtension
    static final SharedBrowser browsers = new SharedBrowser();

    @Inject
    Accounts accounts;

    @TestHTTPResource("/")
    URL base;

    Browser browser;
    long articleId;

    @BeforeEach
    void signInWithAPartlyReviewedArticle() {
        String admin = accounts.create(Role.ADMIN);
        JsonPath article = Accounts.basic(admin).contentType(ContentType.JSON)
                .body(Map.of("text", Api.FACTUAL_TEXT, "url", "https://example.org/crocus", "outlet", "Example Times"))
                .when().post("/api/articles")
                .then().statusCode(201).extract().jsonPath();
        articleId = article.getLong("id");
        long rated = Api.claimContaining(article, "140 people");
        Accounts.basic(admin).contentType(ContentType.JSON).header("If-Match", "*").body(Reviews.verdict("MOSTLY_TRUE"))
                .patch("/api/claims/" + rated).then().statusCode(200);
        Accounts.basic(admin).contentType(ContentType.JSON)
                .body(Map.of("url", "https://statistics.example.org/reports/2024/casualties/crocus-city-hall/final"
                        + "-figures-by-ministry?edition=revised", "title", "Casualty figures", "stance", "SUPPORTS"))
                .post("/api/claims/" + rated + "/sources").then().statusCode(201);
        Accounts.basic(admin).contentType(ContentType.JSON).header("If-Match", "*")
                .body(Map.of("status", "IN_PROGRESS"))
                .patch("/api/claims/" + Api.claimContaining(article, "10 million")).then().statusCode(200);
        browser = browsers.open(base);
        browser.signIn(admin);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/articles/{article}/report?format=html", "/reports/export?format=html",
            "/reports/export?format=html&scope=published"})
    void printViewHasLandmarksAndMeetsWcagAA(String path) {
        browser.go(path.replace("{article}", String.valueOf(articleId)));
        browser.waitUntil(driver -> driver.findElement(By.tagName("main")));

        assertEquals(1, browser.driver().findElements(By.cssSelector("body > main")).size(), "one main landmark");
        assertEquals(1, browser.driver().findElements(By.cssSelector("body > header")).size(), "a banner");
        assertEquals("Contents", browser.find("body > nav").getAttribute("aria-label"));
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .analyze(browser.driver());

        assertFalse(results.getPasses().isEmpty(), "the rules ran on the page");
        assertTrue(results.violationFree(), () -> describe(results.getViolations()));
    }

    @Test
    void reportsPageChoosesTheClaimsOfTheReport() {
        browser.go("/reports");
        WebElement scope = browser.find("#scope");
        assertEquals("all", scope.getAttribute("value"));
        // The label puts the focus on the list without opening it; typing picks the choice starting so.
        new Actions(browser.driver()).click(browser.find("label[for=scope]")).sendKeys("Claims with").perform();
        assertEquals("published", scope.getAttribute("value"));
        new Actions(browser.driver()).click(browser.find("form.claim-filter button[type=submit]")).perform();
        browser.waitUntil(driver -> driver.findElements(By.cssSelector(".result-count")).size() == 1);

        assertThat(browser.find(".result-count").getText(), containsString("1 claims in 1 articles"));
        assertEquals("published", browser.find("#scope").getAttribute("value"));
        new Actions(browser.driver()).click(browser.driver().findElement(By.linkText("Page"))).perform();
        browser.waitUntil(driver -> driver.findElements(By.tagName("main")).size() == 1);

        assertEquals(List.of(RATED), browser.driver().findElements(By.cssSelector("article.claim blockquote")).stream()
                .map(WebElement::getText).toList());
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> rule.getId() + ": " + rule.getHelp() + " at " + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget())).limit(5).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }
}
