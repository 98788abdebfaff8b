package factcheck.report;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Renders a report as a print-ready HTML page: the article's details, a summary with a bar chart, every claim with
 * its verdict, rationale and sources, the article's text with the claims marked, and the methodology.
 * <p>
 * Served by the workbench, the page links its stylesheets, since the Content-Security-Policy forbids inline
 * styles. The PDF renderer has no web server to fetch them from, so its copy carries the stylesheet inline.
 */
@ApplicationScoped
class HtmlReportRenderer {

    /** Where the page goes: to a browser, or to the PDF renderer. */
    enum Target {
        BROWSER,
        PDF
    }

    static final String STYLESHEET = "META-INF/resources/css/report.css";

    private final String inlineCss = readStylesheet();
    private final ReadableTimes times;

    HtmlReportRenderer(ReadableTimes times) {
        this.times = times;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(ArticleReport report, VerdictChart chart, List<MarkedText> text,
                                              List<RatingScale.Rating> ratings, String methodology, ReadableTimes times,
                                              String inlineCss);

        static native TemplateInstance collection(ReportCollection collection, VerdictChart chart,
                                                  List<RatingScale.Rating> ratings, String methodology,
                                                  ReadableTimes times, String inlineCss);
    }

    String render(ArticleReport report, Target target) {
        return Templates.report(report, VerdictChart.of(report.summary()),
                        MarkedText.split(report.article().text(), report.claims()), RatingScale.ratings(),
                        RatingScale.METHODOLOGY, times, target == Target.PDF ? inlineCss : null)
                .render();
    }

    /** A report across articles: the totals, then each article with its matching claims (without its text). */
    String render(ReportCollection collection, Target target) {
        return Templates.collection(collection, VerdictChart.of(collection.summary()), RatingScale.ratings(),
                        RatingScale.METHODOLOGY, times, target == Target.PDF ? inlineCss : null)
                .render();
    }

    private static String readStylesheet() {
        try (InputStream css = HtmlReportRenderer.class.getClassLoader().getResourceAsStream(STYLESHEET)) {
            return new String(css.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The report stylesheet is part of the application", e);
        }
    }
}
