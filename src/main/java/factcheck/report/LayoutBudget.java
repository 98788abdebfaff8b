package factcheck.report;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * How long a PDF may take to lay out, and whether anyone still waits for it. openhtmltopdf cannot be interrupted,
 * so the renderer calls {@link #check()} at every run of text it breaks into lines and every page it starts: a
 * layout past its time limit, or abandoned by its client, stops there rather than running on for minutes.
 */
final class LayoutBudget {

    private final Duration limit;
    private final long deadline;
    private final BooleanSupplier clientGone;

    private LayoutBudget(Duration limit, BooleanSupplier clientGone) {
        this.limit = limit;
        this.deadline = System.nanoTime() + limit.toNanos();
        this.clientGone = clientGone;
    }

    /** Starts the clock now. */
    static LayoutBudget startingNow(Duration limit, BooleanSupplier clientGone) {
        return new LayoutBudget(limit, clientGone);
    }

    /**
     * @throws ReportAbandonedException when the client has gone
     * @throws PdfTimeLimitException    when the time limit has passed
     */
    void check() {
        if (clientGone.getAsBoolean()) {
            throw new ReportAbandonedException();
        }
        if (System.nanoTime() - deadline > 0) {
            throw new PdfTimeLimitException(limit);
        }
    }
}
