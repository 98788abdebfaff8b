package factcheck.report;

import factcheck.config.WorkbenchConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * What one PDF may cost. Layout time and memory grow with the claims (a thousand take seconds and hundreds of
 * megabytes, fifteen thousand several gigabytes), so a report over the claim limit is refused before any work,
 * and one under it still stops at the time limit or when its client leaves.
 */
@ApplicationScoped
class PdfLimits {

    private final int maxClaims;
    private final Duration timeLimit;

    PdfLimits(WorkbenchConfig config) {
        this.maxClaims = config.report().pdfMaxClaims();
        this.timeLimit = config.report().pdfTimeLimit();
    }

    /** @throws PdfTooLargeException when a report of this many claims may not become a PDF */
    void checkClaims(int claims) {
        if (claims > maxClaims) {
            throw new PdfTooLargeException(claims, maxClaims);
        }
    }

    /** The budget of a layout starting now, for a client that may go away. */
    LayoutBudget budget(BooleanSupplier clientGone) {
        return LayoutBudget.startingNow(timeLimit, clientGone);
    }
}
