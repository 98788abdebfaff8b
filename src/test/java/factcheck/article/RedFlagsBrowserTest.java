package factcheck.article;

import factcheck.account.Role;
import factcheck.support.Accounts;
import factcheck.support.Browser;
import factcheck.support.SharedBrowser;
import factcheck.support.EmptyDatabase;
import factcheck.support.WorkbenchPage;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A reviewer meets both kinds of red flag the workbench raises by itself, numbers that do not add up and facts
 * altered from the original, in the claim panel, the claim list and the claim's badge, without leaving the
 * workbench.
 */
@QuarkusTest
@EmptyDatabase
class RedFlagsBrowserTest {

    private static final String ORIGINAL = """
            Measles returns to the county

            The county recorded 1,104 measles cases last year, tripled from 368 the year before, according to the health ministry.

            According to the Russian interior ministry, an estimated 10 million migrants from Central Asia live in Russia.
            """;
    private static final String COPY = """
            Measles returns to the county

            The county recorded 2,911 measles cases last year, tripled from 368 the year before, according to the health ministry.

            According to the Soviet interior ministry, an estimated 10 million migrants from Central Asia live in Russia.
            """;

    @RegisterExtension
    static final SharedBrowser browsers = new SharedBrowser();

    @Inject
    Accounts accounts;

    @TestHTTPResource("/")
    URL base;

    Browser browser;
    WorkbenchPage workbench;
    long articleId;
    long measles;
    long ministry;

    @BeforeEach
    void anArticleComparedWithItsOriginal() {
        String editor = accounts.create(Role.EDITOR);
        JsonPath article = Accounts.basic(editor).contentType(ContentType.JSON).body(Map.of("text", COPY))
                .when().post("/api/articles").then().statusCode(201).extract().jsonPath();
        articleId = article.getLong("id");
        measles = claimContaining(article, "measles cases");
        ministry = claimContaining(article, "interior ministry");
        Accounts.basic(editor).contentType(ContentType.JSON).body(Map.of("text", ORIGINAL))
                .when().put("/api/articles/" + articleId + "/original").then().statusCode(200);
        browser = browsers.open(base);
        workbench = new WorkbenchPage(browser);
        browser.signIn(accounts.create(Role.REVIEWER));
        browser.go("/articles/" + articleId);
    }

    @Test
    void bothKindsOfFlagShowInThePanelOfTheClaimTheyConcern() {
        workbench.press("j");
        workbench.waitForSelected(measles);
        List<String> flags = flagsInPanel();
        assertEquals(2, flags.size(), "the arithmetic and the altered number: " + flags);
        assertTrue(flags.get(0).startsWith("Numbers that do not add up: 2,911 / 368 = 7.9×, not 3×"), flags.get(0));
        assertTrue(flags.get(1).startsWith("Altered from the original: “2,911” where the original says “1,104”"),
                flags.get(1));
        assertTrue(browser.find("#claim-panel .red-flag-original").getText().contains("1,104 measles cases"),
                "the original wording beside the flag");

        workbench.press("j");
        workbench.waitForSelected(ministry);
        assertEquals(List.of("Altered from the original: “Soviet” where the original says “Russian”"
                + " The original: According to the Russian interior ministry, an estimated 10 million migrants from"
                + " Central Asia live in Russia."), flagsInPanel());
    }

    @Test
    void theListAndTheBadgesMarkFlaggedClaimsSoTheyAreFoundWithoutOpeningEach() {
        assertTrue(workbench.drawnBadge(measles).contains("⚠"), workbench.drawnBadge(measles));
        assertEquals(List.of("⚠ Numbers that do not add up", "⚠ Altered from the original"),
                workbench.listEntry(measles).findElements(By.cssSelector(".red-flag-note")).stream()
                        .map(WebElement::getText).toList());

        workbench.listEntry(ministry).click();

        workbench.waitForSelected(ministry);
        assertEquals(1, flagsInPanel().size());
    }

    private List<String> flagsInPanel() {
        return browser.driver().findElements(By.cssSelector("#claim-panel .red-flag")).stream()
                .map(flag -> flag.getText().replaceAll("\\s+", " ").strip()).toList();
    }

    private static long claimContaining(JsonPath article, String fragment) {
        List<Map<String, Object>> claims = article.getList("claims");
        return claims.stream().filter(claim -> ((String) claim.get("text")).contains(fragment))
                .map(claim -> ((Number) claim.get("id")).longValue()).findFirst()
                .orElseThrow(() -> new AssertionError("no claim contains " + fragment + ": " + claims));
    }
}
