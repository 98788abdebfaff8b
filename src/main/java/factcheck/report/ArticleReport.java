package factcheck.report;

import java.time.Instant;
import java.util.List;

/**
 * An article's verification report: what every export format renders. Built from one consistent read, so the
 * formats never disagree; {@code generatedAt} is the only part that differs between two reports of the same data.
 * {@code scope} says which of the article's claims it holds; the summary counts those.
 */
public record ArticleReport(int schemaVersion, Instant generatedAt, ReportScope scope, ArticleDetailsReport article,
                            ReviewSummaryReport summary, List<ClaimReport> claims) {

    /** Bumped whenever a field of the JSON document changes meaning or disappears. */
    public static final int SCHEMA_VERSION = 1;

    public ArticleReport {
        claims = List.copyOf(claims);
    }
}
