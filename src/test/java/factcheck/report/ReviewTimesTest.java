package factcheck.report;

import factcheck.claim.Verdict;
import factcheck.support.EmptyDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static factcheck.report.ReviewApi.ATTACK_TEXT;
import static factcheck.report.ReviewApi.importArticle;
import static factcheck.report.ReviewApi.report;
import static factcheck.support.Api.claimContaining;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The dates that select claims for a report are the organisation's days. Kiritimati (UTC+14) and Pago Pago
 * (UTC−11) are 25 hours apart, so a review falls on different days there whenever it is made.
 */
@QuarkusTest
@EmptyDatabase
@TestSecurity(user = "editor", roles = {"EDITOR", "REVIEWER"})
class ReviewTimesTest {

    private static final ZoneId KIRITIMATI = ZoneId.of("Pacific/Kiritimati");
    private static final ZoneId PAGO_PAGO = ZoneId.of("Pacific/Pago_Pago");

    @Inject
    EntityManager entityManager;

    private long claim;
    private Instant reviewedAt;

    @BeforeEach
    void aReviewedClaim() {
        JsonPath article = importArticle("Central Asia drifts from Moscow", ATTACK_TEXT);
        claim = claimContaining(article, "140 people");
        ReviewApi.giveVerdict(claim, Verdict.FALSE, "The toll was 145.");
        reviewedAt = Instant.parse(JsonPath.from(report(article.getLong("id"), "json"))
                .getString("claims.find { it.id == " + claim + " }.reviewedAt"));
    }

    @Test
    void aDayIsTheOrganisationsDay() {
        LocalDate dayInKiritimati = LocalDate.ofInstant(reviewedAt, KIRITIMATI);
        LocalDate dayInPagoPago = LocalDate.ofInstant(reviewedAt, PAGO_PAGO);

        assertEquals(List.of(claim), matching(KIRITIMATI, dayInKiritimati));
        assertEquals(List.of(claim), matching(PAGO_PAGO, dayInPagoPago));
        assertEquals(List.of(), matching(PAGO_PAGO, dayInKiritimati), "Kiritimati's day is later in Pago Pago");
        assertEquals(List.of(), matching(KIRITIMATI, dayInPagoPago), "Pago Pago's day was over in Kiritimati");
    }

    private List<Long> matching(ZoneId zone, LocalDate day) {
        ReportFilter filter = new ReportFilter(day, day, null, null, null, ReportScope.ALL);
        return new ReviewTimes(entityManager, zone).matching(filter, 10).stream()
                .map(ReviewTimes.Match::claimId).toList();
    }
}
