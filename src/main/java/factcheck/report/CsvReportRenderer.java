package factcheck.report;

import factcheck.claim.ClaimLabels;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders a report as RFC 4180 CSV, one row per claim, for spreadsheets and scripts. The article's metadata and
 * the summary are left to the other formats: a preamble would break the "header, then rows" shape tools expect.
 * What people read is in words, as in the other readable formats ("Mostly true", "Needs review", times to the minute
 * in the organisation's time zone); ids, numbers and positions stay as they are, for joining and sorting.
 */
final class CsvReportRenderer {

    static final String[] HEADER = {"article_id", "claim_id", "ordinal", "start", "end", "claim", "kind", "score",
            "status", "verdict", "rationale", "source_count", "sources", "anchor_state", "needs_review", "reviewed_by",
            "reviewed_at", "number"};

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(HEADER).get();

    /**
     * Excel reads a CSV file without a byte-order mark in the computer's legacy code page, so "£" comes out as "Â£";
     * with it, as UTF-8. Other tools skip it.
     */
    static final String BYTE_ORDER_MARK = "\uFEFF";

    /** Characters that make a spreadsheet treat a cell as a formula (OWASP's CSV injection list). */
    private static final String FORMULA_TRIGGERS = "=+-@\t\r";

    private CsvReportRenderer() {
    }

    /** The claims of one article or, for a report across articles, of all of them: each row names its article. */
    static String render(List<ClaimReport> claims, ReadableTimes times) {
        StringWriter csv = new StringWriter().append(BYTE_ORDER_MARK);
        try (CSVPrinter printer = new CSVPrinter(csv, FORMAT)) {
            for (ClaimReport claim : claims) {
                printer.printRecord(row(claim, times).stream().map(CsvReportRenderer::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to a string cannot fail", e);
        }
        return csv.toString();
    }

    private static List<Object> row(ClaimReport claim, ReadableTimes times) {
        return List.of(claim.articleId(), claim.id(), claim.ordinal(), claim.start(), claim.end(), claim.text(),
                ReportLabels.label(claim.kind()), BigDecimal.valueOf(claim.score()).toPlainString(),
                ClaimLabels.label(claim.status()), Standing.of(claim).label(), textOrEmpty(claim.rationale()),
                claim.sources().size(), sources(claim), ReportLabels.label(claim.anchorState()), claim.needsReview(),
                textOrEmpty(claim.reviewedBy()), times.of(claim.reviewedAt(), ""), claim.number());
    }

    private static String textOrEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String sources(ClaimReport claim) {
        return claim.sources().stream()
                .map(source -> ClaimLabels.label(source.stance()) + " " + source.url())
                .collect(Collectors.joining(" | "));
    }

    /**
     * A cell that a spreadsheet would evaluate as a formula gets a leading apostrophe, which spreadsheets show as
     * text; the reviewer's text is otherwise unchanged.
     */
    static String cell(Object value) {
        String text = String.valueOf(value);
        return !text.isEmpty() && FORMULA_TRIGGERS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
