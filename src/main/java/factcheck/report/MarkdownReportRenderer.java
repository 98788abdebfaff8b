package factcheck.report;

import factcheck.claim.ClaimFlag;
import factcheck.claim.ClaimLabels;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Renders a report as Markdown that reads as well in a text editor as on a rendered page. Every piece of user
 * text goes through {@link MarkdownText}, so nothing a reviewer or an article typed can change the layout. Verdicts,
 * statuses and kinds are given in words and times to the minute in the organisation's time zone, as in the HTML
 * report.
 */
final class MarkdownReportRenderer {

    private static final String NOT_GIVEN = "not given";

    private final StringBuilder md = new StringBuilder();
    private final ReadableTimes times;

    private MarkdownReportRenderer(ReadableTimes times) {
        this.times = times;
    }

    static String render(ArticleReport report, ReadableTimes times) {
        return new MarkdownReportRenderer(times).article(report);
    }

    /** A report across articles: the filter and totals, then each article with its matching claims. */
    static String render(ReportCollection collection, ReadableTimes times) {
        return new MarkdownReportRenderer(times).collection(collection);
    }

    private String article(ArticleReport report) {
        md.append("# Verification report: ").append(MarkdownText.inline(report.article().title())).append("\n\n");
        appendDetails(report.article());
        md.append("- Covers: ").append(report.scope().description()).append("\n\n");
        appendGeneratedAt(report.generatedAt());
        appendSummary(report.summary());
        md.append("## Claims\n\n");
        if (report.claims().isEmpty()) {
            md.append(report.scope() == ReportScope.ALL ? "No claims were found in this article.\n"
                    : "No " + report.scope().description() + " in this article.\n");
        }
        for (ClaimReport claim : report.claims()) {
            appendClaim(claim);
        }
        md.append("## The article, claims marked\n\n")
                .append("Each claim is in bold, after its number.\n\n")
                .append(MarkdownText.marked(MarkedText.split(report.article().text(), report.claims())))
                .append('\n');
        return finish();
    }

    private String collection(ReportCollection collection) {
        md.append("# Verification report: claims across articles\n\n");
        md.append("- Filter: ").append(MarkdownText.inline(collection.filter().description())).append('\n');
        md.append("- Articles: ").append(collection.articleCount()).append("\n\n");
        appendGeneratedAt(collection.generatedAt());
        appendSummary(collection.summary());
        if (collection.articles().isEmpty()) {
            md.append("No claims match.\n\n");
        }
        for (ArticleReport report : collection.articles()) {
            md.append("## ").append(MarkdownText.inline(report.article().title())).append("\n\n");
            appendDetails(report.article());
            md.append('\n');
            for (ClaimReport claim : report.claims()) {
                appendClaim(claim);
            }
        }
        return finish();
    }

    private String finish() {
        appendMethodology();
        // Every section ends with a blank line; the file ends with exactly one line break.
        return md.toString().stripTrailing() + "\n";
    }

    private void appendGeneratedAt(Instant generatedAt) {
        // Kept on a line of its own: it is the one line that differs between two reports of the same data.
        md.append("Generated at ").append(times.of(generatedAt)).append("\n\n");
    }

    private void appendDetails(ArticleDetailsReport article) {
        md.append("- Outlet: ").append(textOrNotGiven(article.outlet())).append('\n');
        md.append("- Author: ").append(textOrNotGiven(article.author())).append('\n');
        md.append("- URL: ").append(article.url() == null ? NOT_GIVEN : link(article.url())).append('\n');
        md.append("- Published: ").append(dateOrNotGiven(article.publishedOn())).append('\n');
        md.append("- Imported: ").append(times.of(article.importedAt())).append('\n');
    }

    // The same lines as the HTML summary's sentence and chart: all are counted by standing.
    private void appendSummary(ReviewSummaryReport summary) {
        md.append("## Summary\n\n");
        md.append("- Claims: ").append(summary.totalClaims()).append('\n');
        md.append("- Done (reviewed or dismissed): ").append(summary.done()).append(" of ")
                .append(summary.totalClaims()).append(", ").append(summary.percentDone()).append(" %\n");
        md.append("- By status: ").append(summary.reviewed()).append(" reviewed, ").append(summary.dismissed())
                .append(" dismissed, ").append(summary.inProgress()).append(" in progress, ")
                .append(summary.unreviewed()).append(" unreviewed\n");
        md.append("- By verdict: ").append(summary.tallies().stream()
                .map(tally -> tally.standing().label() + " " + tally.count())
                .collect(Collectors.joining(", "))).append('\n');
        md.append("- Reviewers: ").append(summary.reviewers().isEmpty() ? "none yet"
                : MarkdownText.inline(String.join(", ", summary.reviewers()))).append('\n');
        md.append("- Reviews saved: ").append(summary.firstReviewedAt() == null ? "none yet"
                : times.of(summary.firstReviewedAt()) + " to " + times.of(summary.lastReviewedAt())).append('\n');
        md.append('\n');
    }

    private void appendClaim(ClaimReport claim) {
        md.append("### Claim ").append(claim.number()).append("\n\n");
        md.append(MarkdownText.quote(claim.text())).append('\n');
        // A flagged claim's verdict was given for other words: it is not published.
        md.append("- Verdict: ").append(Standing.of(claim).label()).append('\n');
        if (claim.needsReview()) {
            // A verdict on a sentence that changed or went is not to be published as it stands.
            md.append("- Attention: ").append(ReportLabels.attention(claim)).append('\n');
        }
        for (ClaimFlag flag : claim.flags()) {
            md.append("- ⚠ ").append(ClaimLabels.label(flag.kind())).append(": ").append(MarkdownText.inline(flag.message()));
            if (flag.original() != null) {
                md.append(" (the original: ").append(MarkdownText.inline(flag.original())).append(')');
            }
            md.append('\n');
        }
        md.append("- Status: ").append(ClaimLabels.label(claim.status())).append('\n');
        if (claim.reviewedBy() != null) {
            md.append("- Reviewer: ").append(MarkdownText.inline(claim.reviewedBy())).append('\n');
        }
        if (claim.reviewedAt() != null) {
            md.append("- Reviewed: ").append(times.of(claim.reviewedAt())).append('\n');
        }
        md.append("- Kind: ").append(ReportLabels.label(claim.kind())).append('\n');
        md.append("- Score: ").append(String.format(Locale.ROOT, "%.2f", claim.score())).append('\n');
        md.append('\n');
        if (claim.rationale() == null) {
            md.append("Rationale: none given.\n\n");
        } else {
            md.append("Rationale:\n\n").append(MarkdownText.quote(claim.rationale())).append('\n');
        }
        if (claim.sources().isEmpty()) {
            md.append("Sources: none.\n\n");
            return;
        }
        md.append("Sources:\n\n");
        for (SourceReport source : claim.sources()) {
            appendSource(source);
        }
        md.append('\n');
    }

    private void appendSource(SourceReport source) {
        md.append("- ").append(ClaimLabels.label(source.stance())).append(": ");
        if (source.title() != null) {
            md.append(MarkdownText.inline(source.title())).append(", ");
        }
        if (source.publisher() != null) {
            md.append(MarkdownText.inline(source.publisher())).append(", ");
        }
        md.append(link(source.url()))
                .append(", published ").append(dateOrNotGiven(source.publishedOn()))
                .append(", accessed ").append(times.of(source.accessedAt()))
                .append('\n');
    }

    private void appendMethodology() {
        md.append("## Methodology\n\n").append(RatingScale.METHODOLOGY).append("\n\n");
        md.append("Rating scale:\n\n");
        for (RatingScale.Rating rating : RatingScale.ratings()) {
            md.append("- ").append(rating.label()).append(" (").append(rating.value()).append("): ")
                    .append(rating.meaning()).append('\n');
        }
    }

    // An autolink shows the address itself, which is what a reader of the plain text needs to see.
    private static String link(String url) {
        boolean autolinkable = url.chars().noneMatch(c -> c <= ' ' || c == '<' || c == '>');
        return autolinkable ? "<" + url + ">" : MarkdownText.inline(url);
    }

    private static String textOrNotGiven(String text) {
        return text == null ? NOT_GIVEN : MarkdownText.inline(text);
    }

    private static String dateOrNotGiven(LocalDate date) {
        return date == null ? NOT_GIVEN : date.toString();
    }
}
