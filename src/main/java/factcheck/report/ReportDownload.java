package factcheck.report;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** A report as an HTTP answer in the chosen format, for the API and for the buttons on the article page. */
final class ReportDownload {

    private ReportDownload() {
    }

    /** {@code format} (md, json, csv) wins; without it the Accept header decides. */
    static Response of(ArticleReport report, String format, HttpHeaders headers) {
        ReportFormat chosen = format != null && !format.isBlank()
                ? ReportFormat.fromParameter(format)
                : ReportFormat.negotiate(headers.getAcceptableMediaTypes()).orElseThrow(NotAcceptableException::new);
        Response.ResponseBuilder response = Response.ok(body(chosen, report), chosen.mediaType());
        if (chosen.isDownload()) {
            response.header(HttpHeaders.CONTENT_DISPOSITION,
                    "attachment; filename=\"article-" + report.article().id() + "-report." + chosen.extension() + "\"");
        }
        return response.build();
    }

    private static Object body(ReportFormat format, ArticleReport report) {
        return switch (format) {
            case JSON -> report;
            case MARKDOWN -> MarkdownReportRenderer.render(report);
            case CSV -> CsvReportRenderer.render(report);
        };
    }
}
