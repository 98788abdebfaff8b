package factcheck.report;

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
            appendClaim(md, claim, report.claims().size());
        }
        // Every section ends with a blank line; the file ends with exactly one line break.
        return md.toString().stripTrailing() + "\n";
    }

    private static void appendArticle(StringBuilder md, ArticleReport report) {
        ArticleDetailsReport article = report.article();
        md.append("# Verification report: ").append(MarkdownText.inline(article.title())).append("\n\n");
        md.append("- Outlet: ").append(textOrNotGiven(article.outlet())).append('\n');
        md.append("- Author: ").append(textOrNotGiven(article.author())).append('\n');
        md.append("- URL: ").append(article.url() == null ? NOT_GIVEN : link(article.url())).append('\n');
        md.append("- Published: ").append(dateOrNotGiven(article.publishedOn())).append('\n');
        md.append("- Imported: ").append(article.importedAt()).append('\n');
        md.append('\n');
        // Kept on a line of its own: it is the one line that differs between two reports of the same data.
        md.append("Generated at ").append(report.generatedAt()).append("\n\n");
    }

    private static void appendSummary(StringBuilder md, ReviewSummaryReport summary) {
        md.append("## Summary\n\n");
        md.append("- Claims: ").append(summary.totalClaims()).append('\n');
        md.append("- Done (reviewed or dismissed): ").append(summary.done()).append(" of ")
                .append(summary.totalClaims()).append(", ").append(summary.percentDone()).append(" %\n");
        md.append("- By status: ").append(counts(summary.statusCounts())).append('\n');
        md.append("- By verdict: ").append(counts(summary.verdictCounts())).append('\n');
        md.append('\n');
    }

    private static void appendClaim(StringBuilder md, ClaimReport claim, int claimCount) {
        md.append("### Claim ").append(claim.ordinal()).append(" of ").append(claimCount).append("\n\n");
        md.append(MarkdownText.quote(claim.text())).append('\n');
        md.append("- Verdict: ").append(claim.verdict()).append('\n');
        if (claim.needsReview()) {
            // A verdict on a sentence that changed or went is not to be published as it stands.
            md.append("- Attention: ").append(claim.isOrphaned()
                    ? "no longer in the article; its sentence was removed by a later correction"
                    : "the article's text changed after this review").append('\n');
        }
        md.append("- Status: ").append(claim.status()).append('\n');
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
