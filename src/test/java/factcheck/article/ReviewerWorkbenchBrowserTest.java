package factcheck.article;

import factcheck.account.Role;
import factcheck.support.Accounts;
import factcheck.support.Api;
import factcheck.support.Browser;
import factcheck.support.EmptyDatabase;
import factcheck.support.SharedBrowser;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.net.URL;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A reviewer's day on the article page, in a real browser signed in through the login form. */
@QuarkusTest
@EmptyDatabase
class ReviewerWorkbenchBrowserTest {

    static final String TEXT = """
            Storm leaves thousands without power

            The storm cut power to 45,000 homes in Cork on 12 March 2024, according to ESB Networks.
            Who will pay for the damage this time?
            The utility said 300 engineers worked overnight to restore supply.
            """;
    static final String UNMARKED = "Who will pay for the damage this time?";

    @RegisterExtension
    static final SharedBrowser browsers = new SharedBrowser();

    @Inject
    Accounts accounts;

    @TestHTTPResource("/")
    URL base;

    Browser browser;
    WorkbenchPage workbench;
    long articleId;
    List<Long> claimIds;

    @BeforeEach
    void signInToAnArticle() {
        String editor = accounts.create(Role.EDITOR);
        JsonPath article = Api.importArticleAs(editor, TEXT);
        articleId = article.getLong("id");
        claimIds = article.getList("claims.id", Long.class);
        assertEquals(2, claimIds.size(), "the two sentences with figures, not " + article.getList("claims.text"));
        browser = browsers.open(base);
        workbench = new WorkbenchPage(browser);
        browser.signIn(accounts.create(Role.REVIEWER));
        browser.go("/articles/" + articleId);
    }

    @Test
    void reviewerWorksThroughAnArticleWithTheKeyboardAndThePanel() {
        long first = claimIds.get(0);
        long second = claimIds.get(1);
        // A verdict needs a rationale: one is written already, so the verdict's key saves it at once.
        Accounts.basic("reviewer").contentType(ContentType.JSON).header("If-Match", "*")
                .body(Map.of("rationale", "ESB Networks reported 45,000 homes cut off."))
                .when().patch("/api/claims/" + first).then().statusCode(200);

        press("j");
        waitForSelected(first);
        press("j");
        waitForSelected(second);
        press("k");
        waitForSelected(first);

        press("6");
        browser.waitUntil(page -> mark(first).getAttribute("class").contains("verdict-false"));
        browser.waitUntil(page -> browser.find("#progress").getText().contains("1 / 2 done"));
        assertTrue(listEntry(first).getText().contains("False"), listEntry(first).getText());
        assertEquals("\"1 ● False\"", workbench.drawnBadge(first));

        press("s");
        assertEquals("source-url", activeElementId());
        new Actions(browser.driver()).sendKeys("https://esb.example.org/outage").perform();
        browser.find("#source-title").sendKeys("Outage report");
        browser.find("#claim-panel input[name=stance][value=SUPPORTS]").click();
        browser.find("#claim-panel .source-form button[type=submit]").click();
        browser.waitUntil(page -> browser.find("#claim-panel #sources h2").getText().startsWith("Sources (1)"));

        press("n");
        assertEquals("note-text", activeElementId());
        new Actions(browser.driver()).sendKeys("Called the utility's press office.").perform();
        browser.find("#claim-panel .note-form button[type=submit]").click();
        browser.waitUntil(page -> browser.find("#claim-panel #notes h2").getText().startsWith("Notes (1)"));
        assertEquals(String.valueOf(first), browser.find(".workbench").getAttribute("data-selected"));
        assertTrue(browser.driver().getCurrentUrl().endsWith("?claim=" + first), "reload reopens the claim");

        int unmarked = TEXT.indexOf(UNMARKED);
        workbench.drag(unmarked, unmarked + UNMARKED.length());
        assertEquals(UNMARKED, workbench.selectedText());
        WebElement markButton = browser.waitUntil(page -> {
            WebElement form = browser.find("#mark-claim");
            return form.isDisplayed() ? form.findElement(By.tagName("button")) : null;
        });
        markButton.click();
        browser.waitUntil(page -> marks().size() == 3);
        WebElement added = browser.waitUntil(page -> page.findElement(By.cssSelector(".article-text [aria-current=true]")));
        assertEquals(UNMARKED, added.getText());
        browser.waitUntil(page -> browser.find("#progress").getText().contains("1 / 3 done"));

        browser.driver().navigate().refresh();
        browser.waitUntil(page -> browser.find("#claim-panel .panel-quote").getText().equals(UNMARKED));
        assertEquals(3, browser.driver().findElements(By.cssSelector(".claim-list [data-claim-id]")).size());
        assertTrue(mark(first).getAttribute("class").contains("verdict-false"));
        listEntry(first).findElement(By.tagName("a")).click();
        waitForSelected(first);
        assertTrue(browser.find("#claim-panel #sources").getText().contains("Outage report"));
        assertTrue(browser.find("#claim-panel #notes").getText().contains("Called the utility's press office."));

        String storedText = Accounts.basic("reviewer").when().get("/api/articles/" + articleId)
                .then().extract().path("claims.find { it.text.startsWith('Who will') }.text");
        assertEquals(UNMARKED, storedText, "the offsets taken from the page are the stored text's");
    }

    @Test
    void shortcutsWaitWhileTheReviewerTypesAndTheHelpDialogClosesWithEscape() {
        long first = claimIds.get(0);
        press("j");
        waitForSelected(first);

        WebElement rationale = browser.find("#rationale");
        rationale.click();
        rationale.sendKeys("j1dsn?");

        assertEquals("j1dsn?", rationale.getAttribute("value"));
        assertEquals("rationale", activeElementId());
        assertEquals(String.valueOf(first), browser.find(".article-text [aria-current=true]").getAttribute("data-claim-id"));
        assertTrue(mark(first).getAttribute("class").contains("status-unreviewed"));
        assertFalse(browser.find("#shortcuts").isDisplayed());

        browser.find("#panel-title").click();
        press("?");
        browser.waitUntil(page -> browser.find("#shortcuts").isDisplayed());
        assertTrue(browser.find("#shortcuts").getText().contains("verdict: Unverifiable"));
        press("\uE00C"); // Escape
        browser.waitUntil(page -> !browser.find("#shortcuts").isDisplayed());
    }

    @Test
    void unsavedRationaleSurvivesOtherClaimsAndAReloadUntilItIsSaved() {
        long second = claimIds.get(1);
        listEntry(second).findElement(By.tagName("a")).click();
        waitForSelected(second);
        browser.find("#rationale").sendKeys("The utility's own report says 280 engineers.");

        listEntry(claimIds.get(0)).findElement(By.tagName("a")).click();
        waitForSelected(claimIds.get(0));
        assertEquals("", browser.find("#rationale").getAttribute("value"), "each claim has its own draft");
        listEntry(second).findElement(By.tagName("a")).click();
        waitForSelected(second);
        assertEquals("The utility's own report says 280 engineers.", browser.find("#rationale").getAttribute("value"));

        browser.driver().navigate().refresh();
        browser.waitUntil(page -> browser.find("#claim-panel #rationale").getAttribute("value")
                .equals("The utility's own report says 280 engineers."));
        assertTrue(browser.find("#claim-panel .review-form .draft-note").isDisplayed());

        browser.find("#claim-panel button[value=MOSTLY_TRUE]").click();
        browser.waitUntil(page -> mark(second).getAttribute("class").contains("verdict-mostly-true"));
        assertNull(((JavascriptExecutor) browser.driver())
                .executeScript("return localStorage.getItem('fcw-draft:' + arguments[0] + ':rationale')", second));

        browser.driver().navigate().refresh();
        browser.waitUntil(page -> browser.find("#claim-panel .badge").getText().contains("Mostly true"));
        assertEquals("The utility's own report says 280 engineers.", browser.find("#rationale").getAttribute("value"));
        assertFalse(browser.find("#claim-panel .review-form .draft-note").isDisplayed());
    }

    private void press(String key) {
        workbench.press(key);
    }

    private void waitForSelected(long claimId) {
        workbench.waitForSelected(claimId);
    }

    private WebElement mark(long claimId) {
        return workbench.mark(claimId);
    }

    private WebElement listEntry(long claimId) {
        return workbench.listEntry(claimId);
    }

    private List<WebElement> marks() {
        return workbench.marks();
    }

    private String activeElementId() {
        return workbench.activeElementId();
    }
}
