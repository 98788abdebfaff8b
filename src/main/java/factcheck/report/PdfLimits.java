package factcheck.report;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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

    PdfLimits(@ConfigProperty(name = "factcheck.report.pdf-max-claims", defaultValue = "1000") int maxClaims,
              @ConfigProperty(name = "factcheck.report.pdf-time-limit", defaultValue = "PT1M") Duration timeLimit) {
        this.maxClaims = maxClaims;
        this.timeLimit = timeLimit;
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
