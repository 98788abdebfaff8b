package factcheck.report;

import factcheck.support.EmptyDatabase;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import static factcheck.report.ReviewApi.ATTACK_TEXT;
import static factcheck.report.ReviewApi.importArticle;
import static factcheck.support.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

/**
 * A PDF costs seconds and hundreds of megabytes per thousand claims: over the limit it is refused up front with
 * the formats that do work, and a layout under way stops when its client leaves.
 */
@QuarkusTest
@EmptyDatabase
@TestSecurity(user = "editor", roles = {"EDITOR", "REVIEWER"})
class PdfLimitsTest {

    private static final int MAX_CLAIMS = 1_000;

    @Inject
    EntityManager entityManager;

    @TestHTTPResource("/")
    URL server;

    @Test
    void refusesAPdfOfMoreClaimsThanTheLimitAndNamesTheOtherFormats() {
        long articleId = articleWithClaims(MAX_CLAIMS + 1);

        given().queryParam("format", "pdf")
                .when().get("/api/articles/{id}/report", articleId)
                .then().spec(problem(422))
                .body("detail", containsString("at most " + MAX_CLAIMS))
                .body("detail", containsString("HTML"))
                .body("claims", is(MAX_CLAIMS + 1))
                .body("maxClaims", is(MAX_CLAIMS))
                .body("otherFormats", hasItem("csv"));
        given().queryParam("format", "html")
                .when().get("/api/articles/{id}/report", articleId)
                .then().statusCode(200);
    }

    @Test
    void refusesAPdfAcrossArticlesOverTheLimitToo() {
        long articleId = articleWithClaims(MAX_CLAIMS + 1);
        markAllReviewed(articleId);

        given().queryParam("format", "pdf").queryParam("verdict", "FALSE")
                .when().get("/api/reports")
                .then().spec(problem(422))
                .body("detail", containsString("filter"));
    }

    @Test
    void stopsLayingOutThePdfWhenTheClientLeaves() throws Exception {
        long articleId = articleWithClaims(MAX_CLAIMS);

        try (Socket client = new Socket(server.getHost(), server.getPort())) {
            OutputStream out = client.getOutputStream();
            out.write(("GET /api/articles/" + articleId + "/report?format=pdf HTTP/1.1\r\nHost: localhost\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            await("the PDF layout starts").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(20))
                    .until(PdfLimitsTest::isLayingOutPdf);
        }

        // Laid out to the end, a thousand claims take seconds more; stopped, the thread leaves at its next line.
        await("the PDF layout stops after the client left").atMost(Duration.ofSeconds(3))
                .pollInterval(Duration.ofMillis(20)).until(() -> !isLayingOutPdf());
    }

    private static boolean isLayingOutPdf() {
        return Arrays.stream(ManagementFactory.getThreadMXBean().dumpAllThreads(false, false))
                .flatMap(thread -> Arrays.stream(thread.getStackTrace()))
                .anyMatch(frame -> frame.getClassName().equals(PdfReportRenderer.class.getName())
                        && frame.getMethodName().equals("render"));
    }

    /** An imported article whose one claim is copied until it has {@code claims}; in SQL, as an import is slow. */
    private long articleWithClaims(int claims) {
        long articleId = importArticle("Long", ATTACK_TEXT.substring(0, ATTACK_TEXT.indexOf('.') + 1)).getLong("id");
        copyClaims(articleId, claims - 1);
        return articleId;
    }

    @Transactional
    void copyClaims(long articleId, int copies) {
        entityManager.createNativeQuery("insert into claim (id, article_id, ordinal, text, start_offset, end_offset,"
                        + " text_prefix, text_suffix, score, reasons, kind, quantities, status, created_at, updated_at,"
                        + " version, row_version, number) select nextval('claim_seq'), c.article_id, c.ordinal + n,"
                        + " c.text, c.start_offset, c.end_offset, c.text_prefix, c.text_suffix, c.score, c.reasons,"
                        + " c.kind, c.quantities, c.status, now(), now(), 0, 0, c.number + n"
                        + " from claim c, generate_series(1, :copies) n"
                        + " where c.article_id = :id")
                .setParameter("copies", copies).setParameter("id", articleId).executeUpdate();
    }

    @Transactional
    void markAllReviewed(long articleId) {
        entityManager.createNativeQuery("update claim set status = 'REVIEWED', verdict = 'FALSE',"
                + " reviewed_by = 'editor' where article_id = :id").setParameter("id", articleId).executeUpdate();
    }
}
