package factcheck.report;

import factcheck.claim.Verdict;
import factcheck.support.EmptyDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.util.List;

import static factcheck.report.ReviewApi.ATTACK_TEXT;
import static factcheck.report.ReviewApi.addSource;
import static factcheck.report.ReviewApi.importArticle;
import static factcheck.report.ReviewApi.report;
import static factcheck.support.Reviews.addNote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A report costs the same few queries however many claims and sources the article has. */
@QuarkusTest
@EmptyDatabase
@TestSecurity(user = "editor", roles = {"EDITOR", "REVIEWER"})
class ReportQueryCountTest {

    @Inject
    SessionFactory sessionFactory;

    @Test
    void reportQueriesDoNotGrowWithTheNumberOfClaims() {
        long small = importArticle("Short", "The attack in March 2024 killed 140 people in Moscow.").getLong("id");
        JsonPath large = importArticle("Long", ATTACK_TEXT
                + " In 2023 some 4.5 million workers from Uzbekistan went to Russia."
                + " Remittances made up 48 % of Tajikistan's GDP in 2022.");
        List<Long> claimIds = large.getList("claims.id", Long.class);
        assertTrue(claimIds.size() >= 4, "the larger article needs several claims, got " + claimIds);
        for (long claimId : claimIds) {
            ReviewApi.giveVerdict(claimId, Verdict.MIXED, "Partly right.");
            addSource(claimId, "https://agency.example.org/" + claimId, "Figures", "CONTEXT");
            addSource(claimId, "https://stats.example.org/" + claimId, "Statistics", "SUPPORTS");
            addNote(claimId, "Checked twice.");
        }

        for (String format : List.of("md", "json", "csv", "html", "pdf", "claimreview")) {
            assertEquals(statementsFor(small, format), statementsFor(large.getLong("id"), format), format);
        }
        assertEquals(4, statementsFor(large.getLong("id"), "json"), "article, claims, sources, review times");
    }

    private long statementsFor(long articleId, String format) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        report(articleId, format);
        return statistics.getPrepareStatementCount();
    }
}
