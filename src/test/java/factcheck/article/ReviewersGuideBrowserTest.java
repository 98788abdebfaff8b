package factcheck.article;

import factcheck.account.Role;
import factcheck.desk.DemoData;
import factcheck.support.Accounts;
import factcheck.support.Api;
import factcheck.support.Browser;
import factcheck.support.EmptyDatabase;
import factcheck.support.SharedBrowser;
import factcheck.support.WorkbenchPage;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TakesScreenshot;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reviewer's guide's walk through the sample article, start to finish with the keyboard alone, checked in the
 * browser. It also takes the guide's screenshots: to target/screenshots, or to docs/images with
 * {@code -Dscreenshots=docs/images}.
 */
@QuarkusTest
@EmptyDatabase
class ReviewersGuideBrowserTest {

    /** The verdict key for each claim in turn (d dismisses), so the screenshots show every kind of badge. */
    private static final List<String> DECISIONS = List.of("6", "2", "3", "5", "1", "4", "7", "d");

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
    void importTheSampleArticle() throws IOException {
        editor = accounts.create(Role.EDITOR);
        JsonPath article = Api.importArticleAs(editor,
                Map.of("text", sampleText(), "outlet", "Asia Times", "author", "Anastassiya Mahon"));
        articleId = article.getLong("id");
        claims = article.getList("claims.id", Long.class);
        browser = browsers.open(base);
        workbench = new WorkbenchPage(browser);
        browser.signIn(accounts.create(Role.REVIEWER));
    }

    @Test
    void theSampleArticleIsReviewedStartToFinishWithTheKeyboardAlone() {
        browser.go("/articles/" + articleId);
        workbench.press(Keys.TAB);
        assertEquals("Skip to the claim panel", browser.driver().switchTo().activeElement().getText());

        for (int i = 0; i < claims.size(); i++) {
            long claim = claims.get(i);
            if (!String.valueOf(claim).equals(browser.find(".workbench").getAttribute("data-selected"))) {
                workbench.press("j");
            }
            workbench.waitForSelected(claim);
            workbench.press("r", "Compared with the original report and the sources it names (claim " + (i + 1) + ").");
            if (i % 3 == 2) {
                saveWithTheVerdictListAndGoOn(claim, i);
            } else {
                saveWithAVerdictKey(claim, i);
            }
        }

        browser.waitUntil(page -> browser.find("#progress").getText()
                .contains(claims.size() + " / " + claims.size() + " done"));
        for (long claim : claims) {
            JsonPath saved = Accounts.basic(editor).when().get("/api/claims/" + claim).then().extract().jsonPath();
            assertTrue(List.of("REVIEWED", "DISMISSED").contains(saved.getString("status")), saved.prettify());
            assertTrue(saved.getString("rationale").startsWith("Compared with the original report"));
        }
        takeTheWorkbenchScreenshots();
    }

    /** Esc leaves the rationale; a verdict key saves at once, and its undo is offered (and once taken back). */
    private void saveWithAVerdictKey(long claim, int i) {
        String decision = DECISIONS.get(i % DECISIONS.size());
        workbench.press(Keys.ESCAPE);
        if (i == 1) {
            workbench.press("d");
            browser.waitUntil(page -> browser.find("#undo-status").getText().contains("Dismissed"));
            browser.screenshot("undo-message", (TakesScreenshot) browser.driver());
            workbench.press("u");
            browser.waitUntil(page -> browser.find("#undo-status").getText().startsWith("Undone"));
            browser.waitUntil(page -> "panel-title".equals(workbench.activeElementId()));
        }
        workbench.press(decision);
        String expected = decision.equals("d") ? "status-dismissed" : "verdict-";
        browser.waitUntil(page -> workbench.mark(claim).getAttribute("class").contains(expected));
        browser.waitUntil(page -> "panel-title".equals(workbench.activeElementId()));
    }

    /** Esc, Tab to "Status or verdict", an arrow key picks a verdict, Shift+Enter saves it and opens the next claim. */
    private void saveWithTheVerdictListAndGoOn(long claim, int i) {
        // Three steps down from "Unreviewed": "In progress", "True", "Mostly true".
        workbench.press(Keys.ESCAPE);
        for (int tab = 0; tab < 5 && !"decision".equals(workbench.activeElementId()); tab++) {
            workbench.press(Keys.TAB);
        }
        assertEquals("decision", workbench.activeElementId());
        workbench.press(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_DOWN);
        workbench.pressShiftEnter();
        browser.waitUntil(page -> workbench.mark(claim).getAttribute("class").contains("verdict-mostly-true"));
        if (i + 1 < claims.size()) {
            workbench.waitForSelected(claims.get(i + 1));
            browser.waitUntil(page -> "panel-title".equals(workbench.activeElementId()));
        }
    }

    /** The reviewed article, reopened on its second claim, so that the page's head and progress bar show. */
    private void takeTheWorkbenchScreenshots() {
        browser.go("/articles/" + articleId + "?claim=" + claims.get(1));
        workbench.waitForSelected(claims.get(1));
        workbench.press(Keys.HOME);
        browser.waitUntil(page -> Long.valueOf(0).equals(((JavascriptExecutor) page).executeScript(
                "return Math.round(window.scrollY)")));
        browser.screenshot("article-page", (TakesScreenshot) browser.driver());
        browser.driver().manage().window().setSize(new Dimension(1280, 1500));
        browser.screenshot("claim-panel", browser.find("#claim-panel"));
        browser.driver().manage().window().setSize(new Dimension(1280, 800));
        workbench.press("?");
        browser.waitUntil(page -> browser.find("#shortcuts").isDisplayed());
        browser.screenshot("keyboard-shortcuts", browser.find("#shortcuts"));
        workbench.press(Keys.ESCAPE);
        browser.waitUntil(page -> !browser.find("#shortcuts").isDisplayed());
        browser.driver().manage().window().setSize(new Dimension(800, 1000));
        browser.screenshot("article-page-tablet", (TakesScreenshot) browser.driver());
    }

    private static String sampleText() throws IOException {
        try (InputStream in = ReviewersGuideBrowserTest.class.getResourceAsStream(DemoData.SAMPLE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
