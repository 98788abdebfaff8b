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
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reviewing with the keyboard alone: where the focus goes after a save, taking back a verdict key, reaching the
 * rationale and the panel, "save and next" and "next unreviewed", all with real key presses.
 */
@QuarkusTest
@EmptyDatabase
class KeyboardReviewBrowserTest {

    static final String TEXT = """
            Storm leaves thousands without power

            The storm cut power to 45,000 homes in Cork on 12 March 2024, according to ESB Networks.
            The utility said 300 engineers worked overnight to restore supply.
            Repairs will cost 12 million euros, the company said on 14 March 2024.
            """;

    @RegisterExtension
    static final SharedBrowser browsers = new SharedBrowser();

    @Inject
    Accounts accounts;

    @TestHTTPResource("/")
    URL base;

    Browser browser;
    WorkbenchPage workbench;
    String editor;
    long articleId;
    List<Long> claims;

    @BeforeEach
    void signInToAnArticle() {
        editor = accounts.create(Role.EDITOR);
        JsonPath article = Api.importArticleAs(editor, TEXT);
        articleId = article.getLong("id");
        claims = article.getList("claims.id", Long.class);
        assertEquals(3, claims.size(), "the three sentences with figures, not " + article.getList("claims.text"));
        browser = browsers.open(base);
        workbench = new WorkbenchPage(browser);
        browser.signIn(accounts.create(Role.REVIEWER));
        browser.go("/articles/" + articleId);
    }

    @Test
    void afterASaveTheFocusIsOnTheClaimsHeadingAndAStrayDismissalIsUndoneWithItsButton() {
        long first = claims.get(0);
        workbench.press("j");
        workbench.waitForSelected(first);
        browser.find("#rationale").sendKeys("ESB's outage map shows 45,000 homes.");
        browser.find("#claim-panel button[value=TRUE]").click();
        browser.waitUntil(page -> workbench.mark(first).getAttribute("class").contains("verdict-true"));
        browser.waitUntil(page -> "panel-title".equals(workbench.activeElementId()));
        assertEquals("Claim 1", browser.find("#panel-title").getText());

        workbench.press(" d");

        browser.waitUntil(page -> workbench.mark(first).getAttribute("class").contains("status-dismissed"));
        assertEquals("DISMISSED", claim(first).getString("status"));
        browser.waitUntil(page -> browser.find("#undo-status").getText().contains("Claim 1 saved: ✕ Dismissed."));
        browser.find("#undo-status button").click();

        browser.waitUntil(page -> workbench.mark(first).getAttribute("class").contains("verdict-true"));
        browser.waitUntil(page -> browser.find("#undo-status").getText().contains("Undone: claim 1 is ● True again."));
        JsonPath restored = claim(first);
        assertEquals("REVIEWED", restored.getString("status"));
        assertEquals("TRUE", restored.getString("verdict"));
        assertEquals("ESB's outage map shows 45,000 homes.", restored.getString("rationale"));
        assertEquals(List.of("UNREVIEWED", "REVIEWED", "DISMISSED", "REVIEWED"), statusesInHistory(first),
                "the dismissal and its undoing are both in the history");
        browser.waitUntil(page -> "panel-title".equals(workbench.activeElementId()));
    }

    @Test
    void uUndoesAVerdictKeyAndWhatItSavedIsADraftAgain() {
        long first = claims.get(0);
        String rationaleBefore = claim(first).getString("rationale");
        workbench.press("jr");
        browser.waitUntil(page -> "rationale".equals(workbench.activeElementId()));
        workbench.press("Checked with ESB.", Keys.ESCAPE, "6");
        browser.waitUntil(page -> workbench.mark(first).getAttribute("class").contains("verdict-false"));
        assertEquals("Checked with ESB.", claim(first).getString("rationale"));

        workbench.press("u");

        browser.waitUntil(page -> workbench.mark(first).getAttribute("class").contains("status-unreviewed"));
        JsonPath undone = claim(first);
        assertEquals("UNREVIEWED", undone.getString("status"));
        assertEquals(null, undone.getString("verdict"));
        assertEquals(rationaleBefore, undone.getString("rationale"));
        browser.waitUntil(page -> "Checked with ESB.".equals(browser.find("#rationale").getAttribute("value")));
        assertTrue(browser.find("#claim-panel .review-form .draft-note").isDisplayed(), "the typed text is kept");
    }

    @Test
    void undoIsOfferedForTenSecondsOnly() {
        long first = claims.get(0);
        workbench.press("jr");
        browser.waitUntil(page -> "rationale".equals(workbench.activeElementId()));
        workbench.press("No record of the figure anywhere.", Keys.ESCAPE, "7");
        browser.waitUntil(page -> browser.find("#undo-status").getText().contains("Unverifiable"));

        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(page -> page.findElement(By.id("undo-status")).getText().isEmpty());
        workbench.press("u");

        assertEquals("UNVERIFIABLE", claim(first).getString("verdict"));
        assertTrue(workbench.mark(first).getAttribute("class").contains("verdict-unverifiable"));
    }

    @Test
    void jThenRPutsTheFocusInTheNextClaimsRationale() {
        workbench.press("jr");

        browser.waitUntil(page -> "rationale".equals(workbench.activeElementId()));
        assertTrue(workbench.focusIsIn("form[action='/claims/" + claims.get(0) + "']"), "the first claim's form");
        assertEquals("", browser.find("#rationale").getAttribute("value"), "r is a shortcut, not a letter typed");

        workbench.press("Nothing to add yet");
        assertEquals("Nothing to add yet", browser.find("#rationale").getAttribute("value"));
    }

    @Test
    void theSkipLinkLeadsFromTheTopOfThePageIntoTheClaimPanel() {
        browser.go("/articles/" + articleId + "?claim=" + claims.get(1));
        workbench.waitForSelected(claims.get(1));

        workbench.press(Keys.TAB);
        assertEquals("Skip to the claim panel", browser.driver().switchTo().activeElement().getText());
        workbench.press(Keys.ENTER);
        assertTrue(workbench.focusIsIn("#claim-panel"));
        workbench.press(Keys.TAB);

        assertTrue(workbench.focusIsIn("#claim-panel"), "the next Tab stays in the panel");
    }

    @Test
    void shiftEnterSavesTheReviewAndOpensTheNextUnreviewedClaim() {
        long first = claims.get(0);
        long third = claims.get(2);
        Accounts.basic(editor).contentType(ContentType.JSON).header("If-Match", "*")
                .body(Map.of("verdict", "MOSTLY_TRUE", "rationale", "ESB said 280 engineers."))
                .when().patch("/api/claims/" + claims.get(1)).then().statusCode(200);
        browser.go("/articles/" + articleId);

        workbench.press("jr");
        browser.waitUntil(page -> "rationale".equals(workbench.activeElementId()));
        workbench.press("Matches ESB's outage map.");
        workbench.pressShiftEnter();

        workbench.waitForSelected(third);
        browser.waitUntil(page -> "panel-title".equals(workbench.activeElementId()));
        assertEquals("Matches ESB's outage map.", claim(first).getString("rationale"));
        assertTrue(browser.driver().getCurrentUrl().endsWith("/articles/" + articleId + "?claim=" + third));
        assertEquals("", browser.find("#rationale").getAttribute("value"), "nothing typed into the next claim");
    }

    @Test
    void nextUnreviewedOpensTheNextClaimInTheWorkbench() {
        browser.go("/articles/" + articleId + "?claim=" + claims.get(0));
        workbench.waitForSelected(claims.get(0));

        browser.find(".site-header a[href='/claims/next']").click();

        workbench.waitForSelected(claims.get(1));
        assertTrue(browser.driver().getCurrentUrl().endsWith("/articles/" + articleId + "?claim=" + claims.get(1)));
        browser.waitUntil(page -> "panel-title".equals(workbench.activeElementId()));
    }

    private JsonPath claim(long claimId) {
        return Accounts.basic(editor).when().get("/api/claims/" + claimId).then().statusCode(200).extract().jsonPath();
    }

    /** The status each change of the claim set, oldest first. */
    private List<String> statusesInHistory(long claimId) {
        JsonPath history = Accounts.basic(editor).when().get("/api/claims/" + claimId + "/history")
                .then().statusCode(200).extract().jsonPath();
        return history.getList("findAll { it.entity == 'CLAIM' }.collect { entry -> "
                + "entry.changes.find { it.field == 'status' }?.to }.findAll { it != null }", String.class);
    }
}
