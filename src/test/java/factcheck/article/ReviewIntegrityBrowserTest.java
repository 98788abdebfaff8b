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
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a reviewer relies on to publish only what was meant, in a real browser: a split carries a verdict only to the
 * part chosen; a correction that only moves a claim never refuses its open review, one that changes its words shows
 * both wordings; a verdict needs a rationale; a save over someone else's names them and brings the page up to date;
 * claim numbers stay; the history tells what changed; a claim marked by hand says who marked it.
 */
@QuarkusTest
@EmptyDatabase
class ReviewIntegrityBrowserTest {

    static final String TITLE = "Storm leaves thousands without power";
    static final String FIRST = "The storm cut power to 45,000 homes in Cork on 12 March 2024, according to ESB Networks.";
    static final String QUESTION = "Who will pay for the damage this time?";
    static final String SECOND = "The utility said 300 engineers worked overnight to restore supply.";
    static final String THIRD = "Repairs will cost 12 million euros, the company said on 14 March 2024.";
    static final String TEXT = TITLE + "\n\n" + FIRST + "\n" + QUESTION + "\n" + SECOND + "\n" + THIRD + "\n";
    /** The first claim's second part when it is split before "according". */
    static final String SECOND_PART = "according to ESB Networks.";
    static final String RATIONALE = "ESB reported 41,000 homes, not 45,000.";

    /** How the panel tells the time of a save made today. */
    private static final DateTimeFormatter TIME_SHOWN = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    /** A reason the extractor gives, with the weight it carries: "states a number: 140 people (+0.30)". */
    private static final Pattern WEIGHED_REASON = Pattern.compile("\\([+−-]\\d");

    @RegisterExtension
    static final SharedBrowser browsers = new SharedBrowser();

    @Inject
    Accounts accounts;

    @TestHTTPResource("/")
    URL base;

    Browser browser;
    WorkbenchPage workbench;
    String editor;
    String reviewer;
    long articleId;
    List<Long> claims;

    @BeforeEach
    void signInToAnArticle() {
        editor = accounts.create(Role.EDITOR);
        JsonPath article = Api.importArticleAs(editor, TEXT);
        articleId = article.getLong("id");
        assertEquals(List.of(FIRST, SECOND, THIRD), article.getList("claims.text"), "the three sentences with figures");
        assertEquals(List.of(1, 2, 3), article.getList("claims.number"));
        claims = article.getList("claims.id", Long.class);
        reviewer = accounts.create("maria", Role.REVIEWER);
        browser = browsers.open(base);
        workbench = new WorkbenchPage(browser);
        browser.signIn(reviewer);
    }

    @Test
    void aSplitGivesTheVerdictToNeitherPartByDefaultAndNeitherIsPublished() {
        long first = claims.get(0);
        long third = claims.get(2);
        saveReview(first, "FALSE", RATIONALE);
        saveReview(third, "TRUE", "The company's statement gives 12 million euros.");
        browser.go("/articles/" + articleId);

        long rest = splitAt(first, SECOND_PART, null);

        assertEquals("\"1 ○ ⚑\"", workbench.drawnBadge(first));
        assertEquals("\"4 ○ ⚑\"", workbench.drawnBadge(rest));
        assertEquals("Claim 4: Unreviewed, needs review", workbench.badge(rest).getAttribute("aria-label"));
        for (long part : List.of(first, rest)) {
            assertTrue(workbench.listEntry(part).getText().contains("⚑ needs review: split or merged"),
                    workbench.listEntry(part).getText());
            JsonPath stored = claim(part);
            assertEquals("UNREVIEWED", stored.getString("status"));
            assertNull(stored.getString("verdict"));
            assertTrue(stored.getBoolean("needsReview"));
        }
        assertEquals("⚑ needs review", browser.find("#claim-panel .panel-head .flag").getText());
        assertTrue(browser.find("#claim-panel #notes").getText().contains("Before the split, claim 1 was rated False by maria,"
                + " with the rationale: “" + RATIONALE + "”"), "the earlier review is kept as a note");
        assertEquals(List.of(THIRD), publishedClaims().getList("claimReviewed"), "only the untouched review is published");
    }

    @Test
    void aSplitGivesTheVerdictToTheSecondPartWhenTheReviewerSaysSo() {
        long first = claims.get(0);
        saveReview(first, "FALSE", RATIONALE);
        browser.go("/articles/" + articleId);

        long rest = splitAt(first, SECOND_PART, "second");

        assertEquals("\"1 ○ ⚑\"", workbench.drawnBadge(first));
        assertEquals("\"4 ● False\"", workbench.drawnBadge(rest));
        assertEquals("Claim 4: False", workbench.badge(rest).getAttribute("aria-label"));
        JsonPath kept = claim(rest);
        assertEquals("FALSE", kept.getString("verdict"));
        assertEquals(RATIONALE, kept.getString("rationale"));
        assertFalse(kept.getBoolean("needsReview"));
        JsonPath published = publishedClaims();
        assertEquals(List.of(SECOND_PART), published.getList("claimReviewed"));
        assertEquals(List.of("False"), published.getList("reviewRating.alternateName"));
        assertTrue(published.getString("[0].url").endsWith("#claim-" + rest), published.getString("[0].url"));

        workbench.clickBefore(TEXT.indexOf("ESB Networks"));
        workbench.waitForSelected(rest);
        assertEquals("● False", browser.find("#claim-panel .panel-head .badge").getText());
        assertEquals(RATIONALE, browser.find("#rationale").getAttribute("value"));
        assertTrue(browser.driver().findElements(By.cssSelector("#claim-panel .panel-head .flag")).isEmpty());
    }

    @Test
    void aCorrectionThatOnlyMovesTheOpenClaimLetsItsReviewBeSaved() {
        long second = claims.get(1);
        int startBefore = claim(second).getInt("start");
        browser.go("/articles/" + articleId);
        choose(second);
        browser.find("#rationale").sendKeys("ESB's own report says 280 engineers.");

        JsonPath corrected = correctText(TEXT.replace(TITLE + "\n", TITLE + "\nBy Siobhán Kelly in Cork\n"));
        assertEquals(0, corrected.getInt("anchoring.changed"), "no claim's words changed");
        assertTrue(claim(second).getInt("start") > startBefore, "the claim moved with the text");
        browser.find("#claim-panel button[value=MOSTLY_TRUE]").click();

        assertEquals("✓ Saved.", answerToSave().getText());
        assertTrue(browser.driver().findElements(By.cssSelector("#claim-panel .conflict")).isEmpty(), "no conflict");
        assertTrue(workbench.mark(second).getAttribute("class").contains("verdict-mostly-true"));
        JsonPath saved = claim(second);
        assertEquals("MOSTLY_TRUE", saved.getString("verdict"));
        assertEquals("ESB's own report says 280 engineers.", saved.getString("rationale"));
        assertEquals(reviewer, saved.getString("reviewedBy"));
    }

    @Test
    void aCorrectionOfTheOpenClaimsWordingShowsTheOldAndNewWordingSideBySide() {
        long first = claims.get(0);
        // Started on, so the correction keeps the claim and flags it rather than dropping an untouched proposal.
        Accounts.basic(reviewer).contentType(ContentType.JSON).header("If-Match", "*")
                .body(Map.of("status", "IN_PROGRESS"))
                .when().patch("/api/claims/" + first).then().statusCode(200);
        browser.go("/articles/" + articleId);
        choose(first);
        browser.find("#rationale").sendKeys(RATIONALE);
        String corrected = FIRST.replace("45,000 homes", "46,000 homes");

        Instant before = Instant.now();
        assertEquals(1, correctText(TEXT.replace(FIRST, corrected)).getInt("anchoring.changed"));
        Instant after = Instant.now();
        browser.find("#claim-panel button[value=FALSE]").click();

        WebElement conflict = answerToSave();
        assertTrue(conflict.getAttribute("class").contains("conflict"), "refused, not: " + conflict.getText());
        assertEquals("The claim's wording changed while you were reviewing it", conflict.findElement(By.tagName("h2")).getText());
        assertSavedBy(conflict, "Changed by " + editor + " at ", before, after);
        assertEquals(FIRST, conflict.findElement(By.className("wording-before")).getText());
        assertEquals(corrected, conflict.findElement(By.className("wording-after")).getText());
        assertEquals(RATIONALE, browser.find("#rationale").getAttribute("value"), "the typed rationale is kept");
        JsonPath unsaved = claim(first);
        assertEquals("IN_PROGRESS", unsaved.getString("status"));
        assertNull(unsaved.getString("rationale"));
        assertEquals(corrected, workbench.mark(first).getText(), "the text shows the new wording");
        assertEquals("\"1 ◐ ⚑\"", workbench.drawnBadge(first));
    }

    @Test
    void aVerdictWithoutARationaleIsRefusedAtTheRationaleFieldAndSavedOnceOneIsWritten() {
        long first = claims.get(0);
        browser.go("/articles/" + articleId);
        choose(first);

        browser.find("#claim-panel label[for=decision]").click();
        workbench.press("False");
        browser.waitUntil(page -> "FALSE".equals(browser.find("#decision").getAttribute("value")));
        browser.find("#claim-panel .review-form button.primary").click();

        WebElement rationale = answerToSave();
        assertEquals("rationale", rationale.getAttribute("id"), "refused at the rationale, not: " + rationale.getText());
        assertEquals("rationale-error", rationale.getAttribute("aria-describedby"));
        WebElement message = rationale.findElement(By.xpath("..")).findElement(By.id("rationale-error"));
        assertTrue(message.isDisplayed());
        assertTrue(message.getText().startsWith("A verdict needs a rationale"), message.getText());
        browser.waitUntil(page -> "rationale".equals(workbench.activeElementId()));
        JsonPath unsaved = claim(first);
        assertEquals("UNREVIEWED", unsaved.getString("status"));
        assertNull(unsaved.getString("verdict"));
        assertEquals(0, unsaved.getLong("version"));
        assertTrue(workbench.mark(first).getAttribute("class").contains("status-unreviewed"));
        assertTrue(browser.find("#progress").getText().contains("0 / 3 done"));

        workbench.press(RATIONALE);
        browser.find("#claim-panel .review-form button.primary").click();

        browser.waitUntil(page -> browser.find("#claim-panel .saved-note").getText().equals("✓ Saved."));
        assertTrue(workbench.mark(first).getAttribute("class").contains("verdict-false"));
        assertNull(browser.find("#rationale").getAttribute("aria-invalid"));
        JsonPath saved = claim(first);
        assertEquals("FALSE", saved.getString("verdict"));
        assertEquals(RATIONALE, saved.getString("rationale"));
    }

    @Test
    void aSaveAfterSomeoneElseSavedNamesThemAndBringsTheirVerdictIntoThePage() {
        long first = claims.get(0);
        String sean = accounts.create("sean", Role.REVIEWER);
        browser.go("/articles/" + articleId);
        choose(first);
        browser.find("#rationale").sendKeys(RATIONALE);

        Instant before = Instant.now();
        Accounts.basic(sean).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("verdict", "TRUE", "rationale", "ESB's outage map shows 45,000 homes."))
                .when().patch("/api/claims/" + first).then().statusCode(200);
        Instant after = Instant.now();
        browser.find("#claim-panel button[value=FALSE]").click();

        WebElement conflict = answerToSave();
        assertTrue(conflict.getAttribute("class").contains("conflict"), "refused, not: " + conflict.getText());
        assertEquals("Someone else saved this claim while you were editing it", conflict.findElement(By.tagName("h2")).getText());
        assertSavedBy(conflict, "Saved by sean at ", before, after);
        assertTrue(conflict.getText().contains("It is now True, with the rationale: “ESB's outage map shows 45,000 homes.”"),
                conflict.getText());
        assertEquals(RATIONALE, browser.find("#rationale").getAttribute("value"), "the typed rationale is kept");
        assertEquals("\"1 ● True\"", workbench.drawnBadge(first));
        assertTrue(workbench.listEntry(first).getText().contains("True"), workbench.listEntry(first).getText());
        assertTrue(browser.find("#progress").getText().contains("1 / 3 done"));
        assertEquals("TRUE", claim(first).getString("verdict"));

        browser.find("#claim-panel button[value=FALSE]").click();

        browser.waitUntil(page -> browser.find("#claim-panel .saved-note").getText().equals("✓ Saved."));
        assertEquals("\"1 ● False\"", workbench.drawnBadge(first));
        JsonPath saved = claim(first);
        assertEquals("FALSE", saved.getString("verdict"));
        assertEquals(RATIONALE, saved.getString("rationale"));
        assertEquals(reviewer, saved.getString("reviewedBy"));
    }

    @Test
    void afterASplitTheOtherClaimsKeepTheirNumbersAndTheNewPartGetsTheNextOne() {
        long second = claims.get(1);
        browser.go("/articles/" + articleId);

        long rest = splitAt(second, "worked overnight", null);

        assertEquals(List.of("1", "2", "4", "3"), workbench.marks().stream().map(mark -> numberIn(
                mark.findElement(By.className("claim-badge")).getAttribute("data-badge"))).toList());
        assertEquals(List.of("1", "2", "4", "3"), browser.driver().findElements(By.cssSelector(".claim-list .claim-kind"))
                .stream().map(kind -> numberIn(kind.getText())).toList());
        choose(rest);
        assertEquals("Claim 4", browser.find("#panel-title").getText());
        choose(claims.get(2));
        assertEquals("Claim 3", browser.find("#panel-title").getText());
    }

    @Test
    void theClaimsHistoryTellsMovesOnceLeavesOutWhatDidNotChangeAndNamesTheAssignee() {
        long first = claims.get(0);
        saveReview(first, "FALSE", RATIONALE);
        String byline = TEXT.replace(TITLE + "\n", TITLE + "\nBy Siobhán Kelly\n");
        String longerByline = byline.replace("Kelly", "Kelly in Cork");
        String reworded = FIRST.replace("The storm", "The fierce storm");
        correctText(byline);
        correctText(longerByline);
        correctText(longerByline.replace(FIRST, reworded));
        Accounts.basic(editor).contentType(ContentType.JSON).body(Map.of("username", reviewer))
                .when().put("/api/claims/" + first + "/assignee").then().statusCode(200);
        browser.go("/articles/" + articleId + "?claim=" + first);
        workbench.waitForSelected(first);

        browser.find("#claim-panel a.panel-link[href='/claims/" + first + "']").click();

        browser.waitUntil(page -> page.getCurrentUrl().endsWith("/claims/" + first));
        List<WebElement> timeline = browser.driver().findElements(By.cssSelector("#history .timeline-entry"));
        assertEquals(List.of("Assigned to " + reviewer, "Claim changed",
                        "Moved with the text (a correction elsewhere in the article)", "Claim changed", "Claim proposed"),
                timeline.stream().map(ReviewIntegrityBrowserTest::summary).toList());
        assertTrue(timeline.get(0).getText().startsWith(editor + " · "), timeline.get(0).getText());
        assertTrue(timeline.get(0).findElements(By.cssSelector(".changes")).isEmpty(), "an assignment lists no fields");
        assertTrue(timeline.get(2).findElements(By.cssSelector(".changes")).isEmpty(), "a move lists no fields");
        List<String> fields = browser.driver().findElements(By.cssSelector("#history .changes .field")).stream()
                .map(WebElement::getText).toList();
        for (String unchanged : List.of("Starts at character:", "Text before:", "Text after:", "Quantities:")) {
            assertFalse(fields.contains(unchanged), unchanged + " is listed: " + fields);
        }
        WebElement wording = timeline.get(1).findElement(By.xpath(".//li[span[@class='field' and text()='Text:']]"));
        assertEquals(FIRST, wording.findElement(By.tagName("del")).getText());
        assertEquals(reworded, wording.findElement(By.tagName("ins")).getText());
    }

    @Test
    void aClaimMarkedByHandSaysWhoMarkedItInsteadOfTheMachinesReasons() {
        browser.go("/articles/" + articleId);
        int start = TEXT.indexOf(QUESTION);

        workbench.drag(start, start + QUESTION.length());
        assertEquals(QUESTION, workbench.selectedText());
        WebElement markButton = browser.waitUntil(page -> {
            WebElement form = browser.find("#mark-claim");
            return form.isDisplayed() ? form.findElement(By.tagName("button")) : null;
        });
        markButton.click();

        browser.waitUntil(page -> workbench.marks().size() == 4);
        browser.waitUntil(page -> browser.find("#claim-panel .panel-quote").getText().equals(QUESTION));
        assertEquals("Claim 4", browser.find("#panel-title").getText());
        WebElement why = browser.find("#claim-panel .claim-reasons");
        assertEquals(List.of("marked by hand by " + reviewer), why.findElements(By.cssSelector(".reasons li")).stream()
                .map(WebElement::getText).toList());
        assertFalse(WEIGHED_REASON.matcher(why.getText()).find(), "no machine reasons: " + why.getText());
    }

    /**
     * Splits the claim where {@code fragment} begins, as a reviewer does: a click there places the caret, then the
     * panel's split form, with {@code keep} ("first", "second") chosen or left at its default. Returns the new part.
     */
    private long splitAt(long claimId, String fragment, String keep) {
        int at = TEXT.indexOf(fragment);
        workbench.clickBefore(at);
        workbench.waitForSelected(claimId);
        browser.waitUntil(page -> String.valueOf(at).equals(browser.find("#split-at").getAttribute("value")));
        browser.find("#claim-span summary").click();
        assertTrue(browser.find("#claim-panel .split-form input[name=keep][value=none]").isSelected(),
                "neither part keeps the review unless the reviewer says so");
        if (keep != null) {
            browser.find("#claim-panel .split-form input[name=keep][value=" + keep + "]").click();
        }
        browser.find("#claim-panel .split-form button[type=submit]").click();

        browser.waitUntil(page -> workbench.marks().size() == 4);
        workbench.waitForSelected(claimId);
        List<Long> now = Accounts.basic(editor).when().get("/api/articles/" + articleId + "/claims")
                .then().statusCode(200).extract().jsonPath().getList("id", Long.class);
        return now.stream().filter(id -> !claims.contains(id)).findFirst().orElseThrow();
    }

    /**
     * The panel's answer to a save, once it comes: "✓ Saved.", or what refused it (the conflict, or the field marked
     * invalid).
     */
    private WebElement answerToSave() {
        return browser.waitUntil(page -> page.findElements(By.cssSelector("#claim-panel .saved-note,"
                + " #claim-panel .conflict[role=alert], #claim-panel [aria-invalid=true]")).stream().findFirst().orElse(null));
    }

    /** Opens the claim in the panel from the claim list. */
    private void choose(long claimId) {
        workbench.listEntry(claimId).findElement(By.tagName("a")).click();
        workbench.waitForSelected(claimId);
    }

    /** "Saved by sean at 14:32 UTC.": the name, and a time element holding the moment of the save. */
    private static void assertSavedBy(WebElement conflict, String expected, Instant before, Instant after) {
        WebElement savedBy = conflict.findElement(By.className("saved-by"));
        assertTrue(savedBy.getText().startsWith(expected), savedBy.getText());
        WebElement time = savedBy.findElement(By.tagName("time"));
        Instant savedAt = Instant.parse(time.getAttribute("datetime"));
        assertFalse(savedAt.isBefore(before.minusSeconds(1)) || savedAt.isAfter(after.plusSeconds(1)),
                savedAt + " is not between " + before + " and " + after);
        assertTrue(time.getText().endsWith(TIME_SHOWN.format(savedAt)), time.getText());
    }

    /** What a timeline entry says happened, after who and when. */
    private static String summary(WebElement entry) {
        String what = entry.findElement(By.className("timeline-what")).getText();
        return what.substring(what.lastIndexOf(" · ") + 3);
    }

    private static String numberIn(String label) {
        return label.substring(0, label.indexOf(' '));
    }

    private void saveReview(long claimId, String verdict, String rationale) {
        Accounts.basic(reviewer).contentType(ContentType.JSON).header("If-Match", "*")
                .body(Map.of("verdict", verdict, "rationale", rationale))
                .when().patch("/api/claims/" + claimId).then().statusCode(200);
    }

    private JsonPath correctText(String text) {
        return Accounts.basic(editor).contentType(ContentType.JSON).header("If-Match", "*").body(Map.of("text", text))
                .when().put("/api/articles/" + articleId + "/text")
                .then().statusCode(200).extract().jsonPath();
    }

    private JsonPath claim(long claimId) {
        return Accounts.basic(editor).when().get("/api/claims/" + claimId).then().statusCode(200).extract().jsonPath();
    }

    /** The article's ClaimReview markup, as the reviewer exports it. */
    private JsonPath publishedClaims() {
        return JsonPath.from(Accounts.basic(reviewer).when().get("/api/articles/" + articleId + "/report?format=claimreview")
                .then().statusCode(200).extract().asString());
    }
}
