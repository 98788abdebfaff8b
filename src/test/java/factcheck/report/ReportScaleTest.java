package factcheck.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import factcheck.support.EmptyDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static factcheck.report.ReviewApi.importArticle;
import static factcheck.report.ReviewApi.reportBytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article with a thousand reviewed claims, each with two sources, reported in every format: the same few
 * queries as for one claim. Also logs how long each format takes as a whole request, next to reading the report
 * from the database and to Jackson alone writing the same report in memory (the raw baseline), for the figures in
 * docs/benchmarks.md.
 */
@QuarkusTest
@EmptyDatabase
@TestSecurity(user = "editor", roles = {"EDITOR", "REVIEWER"})
class ReportScaleTest {

    private static final Logger LOG = Logger.getLogger(ReportScaleTest.class);
    private static final int CLAIMS = 1_000;
    private static final List<String> FORMATS = List.of("md", "json", "csv", "html", "pdf", "claimreview");

    @Inject
    SessionFactory sessionFactory;

    @Inject
    EntityManager entityManager;

    @Inject
    ReportService reports;

    @Inject
    ObjectMapper json;

    @Test
    void aThousandClaimsCostNoMoreQueriesThanOne() throws Exception {
        long small = importArticle("Short", "The attack in March 2024 killed 140 people in Moscow.").getLong("id");
        long large = importArticle("Long", IntStream.rangeClosed(1, CLAIMS)
                .mapToObj(i -> "In March 2024 the ministry said " + (1000 + i) + " people moved to Almaty.")
                .collect(Collectors.joining(" "))).getLong("id");
        reviewEveryClaimWithTwoSources(small);
        reviewEveryClaimWithTwoSources(large);
        assertEquals(CLAIMS, reports.reportOf(large).claims().size(), "every sentence became a claim");

        for (String format : FORMATS) {
            assertEquals(statementsFor(small, format), statementsFor(large, format), format);
        }

        ArticleReport report = reports.reportOf(large);
        StringBuilder timings = new StringBuilder("Report of " + CLAIMS + " claims, ms per request (best of 5):");
        timings.append(String.format(Locale.ROOT, " reading %.1f", best(() -> reports.reportOf(large))));
        timings.append(String.format(Locale.ROOT, " jackson-baseline %.1f", best(() -> json.writeValueAsBytes(report))));
        for (String format : FORMATS) {
            timings.append(String.format(Locale.ROOT, " %s %.1f", format, best(() -> reportBytes(large, format))));
        }
        LOG.info(timings);
    }

    // Straight in SQL: the API would take a thousand requests to do what these two statements do.
    @Transactional
    void reviewEveryClaimWithTwoSources(long articleId) {
        entityManager.createNativeQuery("update claim set status = 'REVIEWED', verdict = 'MOSTLY_FALSE',"
                + " rationale = 'Checked, \"quoted\", and\nwrapped.', reviewed_by = 'editor'"
                + " where article_id = :id").setParameter("id", articleId).executeUpdate();
        entityManager.createNativeQuery("insert into source (id, claim_id, url, title, publisher, stance, accessed_at,"
                + " created_at) select nextval('source_seq'), c.id, 'https://stats.example.org/' || c.id || '/' || n,"
                + " 'Figures', 'Statistics Office', 'SUPPORTS', now(), now() from claim c, generate_series(1, 2) n"
                + " where c.article_id = :id").setParameter("id", articleId).executeUpdate();
    }

    private long statementsFor(long articleId, String format) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        reportBytes(articleId, format);
        long statements = statistics.getPrepareStatementCount();
        assertTrue(statements <= 4, format + " used " + statements + " statements");
        return statements;
    }

    private static double best(ThrowingRunnable run) throws Exception {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            run.run();
            best = Math.min(best, (System.nanoTime() - start) / 1e6);
        }
        return best;
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
