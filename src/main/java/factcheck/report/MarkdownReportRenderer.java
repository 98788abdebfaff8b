package factcheck.report;

import java.time.Instant;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders a report as Markdown that reads as well in a text editor as on a rendered page. Every piece of user
 * text goes through {@link MarkdownText}, so nothing a reviewer or an article typed can change the layout.
 */
final class MarkdownReportRenderer {

    private static final String NOT_GIVEN = "not given";

    private MarkdownReportRenderer() {
    }

    static String render(ArticleReport report) {
        StringBuilder md = new StringBuilder();
        appendArticle(md, report);
        appendSummary(md, report.summary());
        md.append("## Claims\n\n");
        if (report.claims().isEmpty()) {
            md.append("No claims were found in this article.\n");
        }
        for (ClaimReport claim : report.claims()) {
            appendClaim(md, "### Claim " + claim.number(), claim);
        }
        md.append("## The article, claims marked\n\n")
                .append("Each claim is in bold, after its number.\n\n")
                .append(MarkdownText.marked(MarkedText.split(report.article().text(), report.claims())))
                .append('\n');
        return finish(md);
    }

    /** A report across articles: the filter and totals, then each article with its matching claims. */
    static String render(ReportCollection collection) {
        StringBuilder md = new StringBuilder("# Verification report: claims across articles\n\n");
        md.append("- Filter: ").append(MarkdownText.inline(collection.filter().description())).append('\n');
        md.append("- Articles: ").append(collection.articleCount()).append("\n\n");
        appendGeneratedAt(md, collection.generatedAt());
        appendSummary(md, collection.summary());
        if (collection.articles().isEmpty()) {
            md.append("No claims match.\n\n");
        }
        for (ArticleReport report : collection.articles()) {
            md.append("## ").append(MarkdownText.inline(report.article().title())).append("\n\n");
            appendDetails(md, report.article());
            md.append('\n');
            for (ClaimReport claim : report.claims()) {
                appendClaim(md, "### Claim " + claim.number(), claim);
            }
        }
        return finish(md);
    }

    private static String finish(StringBuilder md) {
        appendMethodology(md);
        // Every section ends with a blank line; the file ends with exactly one line break.
        return md.toString().stripTrailing() + "\n";
    }

    private static void appendArticle(StringBuilder md, ArticleReport report) {
        md.append("# Verification report: ").append(MarkdownText.inline(report.article().title())).append("\n\n");
        appendDetails(md, report.article());
        md.append('\n');
        appendGeneratedAt(md, report.generatedAt());
    }

    private static void appendGeneratedAt(StringBuilder md, Instant generatedAt) {
        // Kept on a line of its own: it is the one line that differs between two reports of the same data.
        md.append("Generated at ").append(generatedAt).append("\n\n");
    }

    private static void appendDetails(StringBuilder md, ArticleDetailsReport article) {
        md.append("- Outlet: ").append(textOrNotGiven(article.outlet())).append('\n');
        md.append("- Author: ").append(textOrNotGiven(article.author())).append('\n');
        md.append("- URL: ").append(article.url() == null ? NOT_GIVEN : link(article.url())).append('\n');
        md.append("- Published: ").append(dateOrNotGiven(article.publishedOn())).append('\n');
        md.append("- Imported: ").append(article.importedAt()).append('\n');
    }

    private static void appendSummary(StringBuilder md, ReviewSummaryReport summary) {
        md.append("## Summary\n\n");
        md.append("- Claims: ").append(summary.totalClaims()).append('\n');
        md.append("- Done (reviewed or dismissed): ").append(summary.done()).append(" of ")
                .append(summary.totalClaims()).append(", ").append(summary.percentDone()).append(" %\n");
        md.append("- By status: ").append(counts(summary.statusCounts())).append('\n');
        md.append("- By verdict: ").append(counts(summary.verdictCounts())).append('\n');
        md.append("- Reviewers: ").append(summary.reviewers().isEmpty() ? "none yet"
                : MarkdownText.inline(String.join(", ", summary.reviewers()))).append('\n');
        md.append("- Reviews saved: ").append(summary.firstReviewedAt() == null ? "none yet"
                : summary.firstReviewedAt() + " to " + summary.lastReviewedAt()).append('\n');
        md.append('\n');
    }

    private static void appendClaim(StringBuilder md, String heading, ClaimReport claim) {
        md.append(heading).append("\n\n");
        md.append(MarkdownText.quote(claim.text())).append('\n');
        // A flagged claim's verdict was given for other words: it is not published.
        md.append("- Verdict: ").append(claim.isVerdictWithheld() ? "needs review" : claim.verdict()).append('\n');
        if (claim.needsReview()) {
            // A verdict on a sentence that changed or went is not to be published as it stands.
            md.append("- Attention: ").append(ReportLabels.attention(claim)).append('\n');
        }
        md.append("- Status: ").append(claim.status()).append('\n');
        if (claim.reviewedBy() != null) {
            md.append("- Reviewer: ").append(MarkdownText.inline(claim.reviewedBy())).append('\n');
        }
        if (claim.reviewedAt() != null) {
            md.append("- Reviewed: ").append(claim.reviewedAt()).append('\n');
        }
        md.append("- Kind: ").append(claim.kind()).append('\n');
        md.append("- Score: ").append(String.format(Locale.ROOT, "%.2f", claim.score())).append('\n');
        if (claim.isOrphaned()) {
            md.append("- Position: no longer in the text\n");
        } else {
            md.append("- Position: characters ").append(claim.start()).append(" to ").append(claim.end()).append('\n');
        }
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
            appendSource(md, source);
        }
        md.append('\n');
    }

    private static void appendSource(StringBuilder md, SourceReport source) {
        md.append("- ").append(source.stance()).append(": ");
        if (source.title() != null) {
            md.append(MarkdownText.inline(source.title())).append(", ");
        }
        if (source.publisher() != null) {
            md.append(MarkdownText.inline(source.publisher())).append(", ");
        }
        md.append(link(source.url()))
                .append(", published ").append(dateOrNotGiven(source.publishedOn()))
                .append(", accessed ").append(source.accessedAt())
                .append('\n');
    }

    private static void appendMethodology(StringBuilder md) {
        md.append("## Methodology\n\n").append(RatingScale.METHODOLOGY).append("\n\n");
        md.append("Rating scale:\n\n");
        for (RatingScale.Rating rating : RatingScale.ratings()) {
            md.append("- ").append(rating.verdict()).append(" (").append(rating.label()).append(", ")
                    .append(rating.value()).append("): ").append(rating.meaning()).append('\n');
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

    private static String dateOrNotGiven(TemporalAccessor date) {
        return date == null ? NOT_GIVEN : date.toString();
    }

    private static String counts(Map<?, Long> counts) {
        return counts.entrySet().stream()
                .map(entry -> entry.getKey() + " " + entry.getValue())
                .collect(Collectors.joining(", "));
    }
}
