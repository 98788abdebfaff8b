package factcheck.article;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import factcheck.account.Role;
import factcheck.support.Accounts;
import factcheck.support.Api;
import factcheck.support.Browser;
import factcheck.support.EmptyDatabase;
import factcheck.support.SharedBrowser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

import java.net.URL;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages reviewers spend their days on pass Deque's axe-core rules for WCAG 2 A and AA (labels, contrast, names,
 * landmarks, ARIA), checked in the real browser on the rendered page.
 */
@QuarkusTest
@EmptyDatabase
class AccessibilityBrowserTest {

    @RegisterExtension
    static final SharedBrowser browsers = new SharedBrowser();

    @Inject
    Accounts accounts;

    @TestHTTPResource("/")
    URL base;

    Browser browser;
    long articleId;
    long claimId;

    @BeforeEach
    void signInAsAnAdminWithAnArticle() {
        String admin = accounts.create(Role.ADMIN);
        JsonPath article = Api.importArticleAs(admin, ReviewerWorkbenchBrowserTest.TEXT);
        articleId = article.getLong("id");
        claimId = article.getList("claims.id", Long.class).get(0);
        browser = browsers.open(base);
        browser.signIn(admin);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/articles", "/articles/{article}", "/articles/{article}?claim={claim}", "/claims/{claim}",
            "/claims", "/queue", "/articles/new", "/articles/{article}/edit", "/reports", "/account", "/admin/users",
            "/login"})
    void pageMeetsWcagAA(String path) {
        browser.go(path.replace("{article}", String.valueOf(articleId)).replace("{claim}", String.valueOf(claimId)));
        browser.waitUntil(driver -> driver.findElement(By.tagName("main")));

        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser.driver());

        assertFalse(results.getPasses().isEmpty(), "the rules ran on the page");
        assertTrue(results.violationFree(), () -> describe(results.getViolations()));
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> rule.getId() + ": " + rule.getHelp() + " at " + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget())).limit(5).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }
}
