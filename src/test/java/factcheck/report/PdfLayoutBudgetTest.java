package factcheck.report;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** openhtmltopdf cannot be interrupted: the renderer asks its budget as it goes and stops when told. */
class PdfLayoutBudgetTest {

    private static final String LONG_PAGE = "<html><body>"
            + "<p>In March 2024 the ministry said 1,000 people moved to Almaty.</p>".repeat(2_000) + "</body></html>";

    private final PdfReportRenderer renderer = new PdfReportRenderer();

    @Test
    void laysOutTheWholePageWithinItsBudget() {
        byte[] pdf = renderer.render("<html><body><p>One claim.</p></body></html>", Instant.EPOCH,
                LayoutBudget.startingNow(Duration.ofMinutes(1), () -> false));

        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
    }

    @Test
    void stopsAtTheNextRunOfTextOnceTheClientHasGone() {
        AtomicInteger checks = new AtomicInteger();
        int presentFor = 100;

        assertThrows(ReportAbandonedException.class, () -> renderer.render(LONG_PAGE, Instant.EPOCH,
                LayoutBudget.startingNow(Duration.ofMinutes(1), () -> checks.incrementAndGet() > presentFor)));
        assertEquals(presentFor + 1, checks.get(), "the layout went on after the client was seen gone");
    }

    @Test
    void stopsAtTheTimeLimit() {
        PdfTimeLimitException stopped = assertThrows(PdfTimeLimitException.class, () -> renderer.render(LONG_PAGE,
                Instant.EPOCH, LayoutBudget.startingNow(Duration.ZERO, () -> false)));

        assertThat(stopped.getMessage(), containsString("HTML"));
        assertEquals(422, stopped.status());
    }
}
