package factcheck.support;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The article page's workbench as a reviewer works it: real keys, and a real mouse on the article text. Scripts only
 * read what the page shows (where a character is drawn, what is selected, what has the focus); they never select,
 * focus or click.
 */
public final class WorkbenchPage {

    /** Where the character at an offset of the stored text is drawn: left, top, width, height in the viewport. */
    private static final String CHARACTER_BOX = """
            const at = arguments[0];
            for (const piece of document.querySelectorAll('.article-text [data-start]')) {
                let offset = Number(piece.dataset.start);
                const nodes = document.createTreeWalker(piece, NodeFilter.SHOW_TEXT);
                for (let node = nodes.nextNode(); node; node = nodes.nextNode()) {
                    if (at >= offset && at < offset + node.data.length) {
                        const character = document.createRange();
                        character.setStart(node, at - offset);
                        character.setEnd(node, at - offset + 1);
                        const box = character.getClientRects()[0];
                        return [box.left, box.top, box.width, box.height];
                    }
                    offset += node.data.length;
                }
            }
            return null;""";

    private final Browser browser;

    public WorkbenchPage(Browser browser) {
        this.browser = browser;
    }

    public void press(CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    /** Shift+Enter, as one chord. */
    public void pressShiftEnter() {
        new Actions(browser.driver()).keyDown(Keys.SHIFT).sendKeys(Keys.ENTER).keyUp(Keys.SHIFT).perform();
    }

    /** Waits until the claim is highlighted in the text and the list, and its panel is open. */
    public void waitForSelected(long claimId) {
        String id = String.valueOf(claimId);
        browser.waitUntil(page -> id.equals(page.findElement(By.cssSelector(".article-text [aria-current=true]"))
                .getAttribute("data-claim-id"))
                && id.equals(page.findElement(By.cssSelector(".claim-list [aria-current=true]")).getAttribute("data-claim-id"))
                && page.findElement(By.id("claim-panel")).findElements(By.cssSelector(
                "form[action='/claims/" + claimId + "']")).size() == 1);
    }

    public WebElement mark(long claimId) {
        return browser.find(".article-text [data-claim-id='" + claimId + "']");
    }

    public WebElement badge(long claimId) {
        return mark(claimId).findElement(By.className("claim-badge"));
    }

    public WebElement listEntry(long claimId) {
        return browser.find(".claim-list [data-claim-id='" + claimId + "']");
    }

    public List<WebElement> marks() {
        return browser.driver().findElements(By.cssSelector(".article-text [data-claim-id]"));
    }

    public String activeElementId() {
        return (String) read("return document.activeElement.id");
    }

    /** True when the focused element is, or is inside, the element the CSS selector finds. */
    public boolean focusIsIn(String css) {
        return (Boolean) read("return document.activeElement.closest(arguments[0]) !== null", css);
    }

    public String selectedText() {
        return (String) read("return window.getSelection().toString()");
    }

    /** What the stylesheet draws as the claim's badge in the text. */
    public String drawnBadge(long claimId) {
        return (String) read("return getComputedStyle(arguments[0], '::before').content", badge(claimId));
    }

    /** A plain click on the article text, just before the character at {@code offset} of the stored text. */
    public void clickBefore(int offset) {
        int[] point = leftOf(offset);
        new Actions(browser.driver()).moveToLocation(point[0], point[1]).click().perform();
    }

    /** Selects the characters {@code [from, to)} of the stored text by dragging the mouse across them, left to right. */
    public void drag(int from, int to) {
        dragBetween(leftOf(from), rightOf(to - 1));
    }

    /** Selects the characters {@code [from, to)} of the stored text by dragging the mouse from their end back to {@code from}. */
    public void dragBackwards(int from, int to) {
        dragBetween(rightOf(to - 1), leftOf(from));
    }

    private void dragBetween(int[] start, int[] end) {
        new Actions(browser.driver())
                .moveToLocation(start[0], start[1])
                .clickAndHold()
                .moveByOffset(start[0] < end[0] ? 3 : -3, 0)
                .moveToLocation(end[0], end[1])
                .release()
                .perform();
    }

    /** A point just inside the left edge of the character at {@code offset}: a click there puts the caret before it. */
    private int[] leftOf(int offset) {
        double[] box = characterBox(offset);
        return new int[] {(int) Math.ceil(box[0] + Math.min(2, box[2] / 4)), middle(box)};
    }

    /** A point just inside the right edge of the character at {@code offset}: a click there puts the caret after it. */
    private int[] rightOf(int offset) {
        double[] box = characterBox(offset);
        return new int[] {(int) Math.floor(box[0] + box[2] - Math.min(2, box[2] / 4)), middle(box)};
    }

    private double[] characterBox(int offset) {
        @SuppressWarnings("unchecked")
        List<Number> box = (List<Number>) read(CHARACTER_BOX, offset);
        assertNotNull(box, "character " + offset + " is in the article text");
        return box.stream().mapToDouble(Number::doubleValue).toArray();
    }

    private static int middle(double[] box) {
        return (int) Math.round(box[1] + box[3] / 2);
    }

    private Object read(String script, Object... arguments) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, arguments);
    }
}
