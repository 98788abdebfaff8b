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
import org.openqa.selenium.Keys;

import java.net.URL;
import java.util.List;
import java.util.Map;

import static factcheck.article.ReviewerWorkbenchBrowserTest.TEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Claims marked in the article text, under a real mouse and keyboard: a click places a caret, a drag selects, inside
 * and across claims, and choosing a claim still works by click and by key.
 */
@QuarkusTest
@EmptyDatabase
class ClaimMarksBrowserTest {

    static final String FIRST = "The storm cut power to 45,000 homes in Cork on 12 March 2024, according to ESB Networks.";
    static final String SECOND = "The utility said 300 engineers worked overnight to restore supply.";

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
    long first;
    long second;

    @BeforeEach
    void signInToAnArticle() {
        editor = accounts.create(Role.EDITOR);
        JsonPath article = Api.importArticleAs(editor, TEXT);
        articleId = article.getLong("id");
        assertEquals(List.of(FIRST, SECOND), article.getList("claims.text"));
        first = article.getLong("claims[0].id");
        second = article.getLong("claims[1].id");
        browser = browsers.open(base);
        workbench = new WorkbenchPage(browser);
        browser.signIn(accounts.create(Role.REVIEWER));
    }

    @Test
    void clickInsideAClaimChoosesItAndPlacesTheCaretWhereSplitHereCutsIt() {
        browser.go("/articles/" + articleId);
        int at = TEXT.indexOf("according");

        workbench.clickBefore(at);

        workbench.waitForSelected(first);
        browser.waitUntil(page -> String.valueOf(at).equals(browser.find("#split-at").getAttribute("value")));
        browser.find("#claim-span summary").click();
        browser.find("#claim-panel .split-form button[type=submit]").click();

        browser.waitUntil(page -> workbench.marks().size() == 3);
        browser.waitUntil(page -> browser.find("#claim-panel .panel-quote").getText()
                .equals("The storm cut power to 45,000 homes in Cork on 12 March 2024,"));
        assertEquals(List.of("The storm cut power to 45,000 homes in Cork on 12 March 2024,", "according to ESB Networks.",
                        SECOND),
                claimTexts());
    }

    @Test
    void dragInsideAClaimSelectsTheTextThatBecomesItsNewBoundaries() {
        browser.go("/articles/" + articleId + "?claim=" + first);
        workbench.waitForSelected(first);
        String shorter = "The storm cut power to 45,000 homes in Cork";
        int start = TEXT.indexOf(shorter);

        workbench.drag(start, start + shorter.length());

        assertEquals(shorter, workbench.selectedText());
        assertEquals(String.valueOf(first), browser.find(".workbench").getAttribute("data-selected"),
                "a drag chooses no other claim");
        browser.find("#claim-span summary").click();
        browser.find("#claim-panel [data-use-selection]").click();
        assertEquals(String.valueOf(start), browser.find("#span-start").getAttribute("value"));
        assertEquals(String.valueOf(start + shorter.length()), browser.find("#span-end").getAttribute("value"));
        browser.find("#claim-panel .span-form button[type=submit]").click();

        browser.waitUntil(page -> browser.find("#claim-panel .panel-quote").getText().equals(shorter));
        assertEquals(List.of(shorter, SECOND), claimTexts());
    }

    @Test
    void dragFromOneClaimIntoAnotherSelectsAcrossThemAndFillsTheBoundaries() {
        browser.go("/articles/" + articleId + "?claim=" + second);
        workbench.waitForSelected(second);
        int start = TEXT.indexOf("according");
        int end = TEXT.indexOf(" worked overnight");

        workbench.drag(start, end);

        assertEquals(TEXT.substring(start, end), workbench.selectedText());
        browser.find("#claim-span summary").click();
        browser.find("#claim-panel [data-use-selection]").click();
        assertEquals(String.valueOf(start), browser.find("#span-start").getAttribute("value"));
        assertEquals(String.valueOf(end), browser.find("#span-end").getAttribute("value"));
    }

    @Test
    void aDragFromTheEndOfAClaimBackIntoPlainTextStretchesItsBoundaries() {
        browser.go("/articles/" + articleId + "?claim=" + second);
        workbench.waitForSelected(second);
        int start = TEXT.indexOf(ReviewerWorkbenchBrowserTest.UNMARKED);
        int end = TEXT.indexOf(SECOND) + SECOND.length();

        workbench.dragBackwards(start, end);
        assertEquals(TEXT.substring(start, end), workbench.selectedText());
        browser.find("#claim-span summary").click();
        browser.find("#claim-panel [data-use-selection]").click();
        browser.find("#claim-panel .span-form button[type=submit]").click();

        String stretched = ReviewerWorkbenchBrowserTest.UNMARKED + "\n" + SECOND;
        browser.waitUntil(page -> claimTexts().equals(List.of(FIRST, stretched)));
    }

    @Test
    void theKeyboardReachesAClaimsBadgeAndEnterChoosesTheClaim() {
        browser.go("/articles/" + articleId);
        browser.waitUntil(page -> browser.find("#claim-panel .empty").isDisplayed());

        for (int tab = 0; tab < 40 && !workbench.focusIsIn(".claim-badge"); tab++) {
            workbench.press(Keys.TAB);
        }
        assertTrue(workbench.focusIsIn("[data-claim-id='" + first + "'] .claim-badge"), "the first claim's badge");
        workbench.press(Keys.ENTER);

        workbench.waitForSelected(first);
        assertTrue(browser.driver().getCurrentUrl().contains("/articles/" + articleId), "still in the workbench");
    }

    @Test
    void aClaimWhoseSentenceChangedShowsTheFlagInItsBadge() {
        Accounts.basic(editor).contentType(ContentType.JSON).header("If-Match", "*")
                .body(Map.of("verdict", "FALSE", "rationale", "ESB reported 41,000 homes."))
                .when().patch("/api/claims/" + first).then().statusCode(200);
        Accounts.basic(editor).contentType(ContentType.JSON).header("If-Match", "*")
                .body(Map.of("text", TEXT.replace("45,000 homes in Cork", "46,000 homes in Cork")))
                .when().put("/api/articles/" + articleId + "/text").then().statusCode(200);

        browser.go("/articles/" + articleId);

        assertEquals("\"1 ● False ⚑\"", workbench.drawnBadge(first));
        assertEquals("\"2 ○\"", workbench.drawnBadge(second));
        assertEquals("Claim 1: False, needs review", workbench.badge(first).getAttribute("aria-label"));
    }

    private List<String> claimTexts() {
        return Accounts.basic(editor).when().get("/api/articles/" + articleId + "/claims")
                .then().statusCode(200).extract().jsonPath().getList("text");
    }
}
