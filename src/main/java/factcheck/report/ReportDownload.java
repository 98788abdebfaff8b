package factcheck.report;

import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** A report as an HTTP answer in the chosen format, for the API and for the buttons on the article page. */
@ApplicationScoped
class ReportDownload {

    private final HtmlReportRenderer html;
    private final PdfReportRenderer pdf;
    private final ClaimReviewRenderer claimReview;
    private final PdfLimits pdfLimits;
    private final ReadableTimes times;
    private final HttpServerResponse response;

    /** @param response the current request's, to notice a client that leaves while its PDF is laid out */
    ReportDownload(HtmlReportRenderer html, PdfReportRenderer pdf, ClaimReviewRenderer claimReview,
                   PdfLimits pdfLimits, ReadableTimes times, HttpServerResponse response) {
        this.html = html;
        this.pdf = pdf;
        this.claimReview = claimReview;
        this.pdfLimits = pdfLimits;
        this.times = times;
        this.response = response;
    }

    /** {@code format} (see {@link ReportFormat}) wins; without it the Accept header decides. */
    Response of(ArticleReport report, String format, HttpHeaders headers) {
        ReportFormat chosen = chosenFormat(format, headers);
        return response(chosen, body(chosen, report), "article-" + report.article().id() + "-report");
    }

    /** A report across articles, in the same formats. */
    Response of(ReportCollection collection, String format, HttpHeaders headers) {
        ReportFormat chosen = chosenFormat(format, headers);
        return response(chosen, body(chosen, collection), "claims-report");
    }

    private static ReportFormat chosenFormat(String format, HttpHeaders headers) {
        return format != null && !format.isBlank()
                ? ReportFormat.fromParameter(format)
                : ReportFormat.negotiate(headers.getAcceptableMediaTypes()).orElseThrow(NotAcceptableException::new);
    }

    private static Response response(ReportFormat format, Object body, String fileName) {
        Response.ResponseBuilder response = Response.ok(body, format.mediaType());
        if (format.isDownload()) {
            response.header(HttpHeaders.CONTENT_DISPOSITION,
                    "attachment; filename=\"" + fileName + "." + format.extension() + "\"");
        }
        return response.build();
    }

    private Object body(ReportFormat format, ArticleReport report) {
        return switch (format) {
            case JSON -> report;
            case MARKDOWN -> MarkdownReportRenderer.render(report, times);
            case CSV -> CsvReportRenderer.render(report.claims(), times);
            case HTML -> html.render(report, HtmlReportRenderer.Target.BROWSER);
            case PDF -> {
                pdfLimits.checkClaims(report.claims().size());
                yield pdf.render(html.render(report, HtmlReportRenderer.Target.PDF), report.generatedAt(),
                        pdfLimits.budget(response::closed));
            }
            case CLAIMREVIEW -> claimReview.render(List.of(report));
        };
    }

    private Object body(ReportFormat format, ReportCollection collection) {
        return switch (format) {
            case JSON -> collection;
            case MARKDOWN -> MarkdownReportRenderer.render(collection, times);
            case CSV -> CsvReportRenderer.render(collection.claims(), times);
            case HTML -> html.render(collection, HtmlReportRenderer.Target.BROWSER);
            case PDF -> {
                pdfLimits.checkClaims(collection.claims().size());
                yield pdf.render(html.render(collection, HtmlReportRenderer.Target.PDF), collection.generatedAt(),
                        pdfLimits.budget(response::closed));
            }
            case CLAIMREVIEW -> claimReview.render(collection.articles());
        };
    }
}
