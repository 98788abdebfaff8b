package factcheck.report;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.BreakIterator;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.Locale;

/**
 * Lays the HTML report out as a PDF with openhtmltopdf. The fonts travel inside the PDF (Noto Sans for Latin,
 * Cyrillic and Greek, Noto Sans Arabic, Droid Sans Fallback for Chinese, Japanese and Korean, each subset to the
 * characters used), Arabic is shaped and right-to-left text reordered, and nothing is fetched from outside: the
 * report carries its stylesheet inline and its chart as inline SVG. The PDF is tagged as PDF/UA asks: its structure
 * (headings, lists, tables, links) follows the page's, so screen readers and reflowing viewers read it in order, and
 * it carries the page's title and language.
 */
@ApplicationScoped
class PdfReportRenderer {

    private static final String FONTS = "META-INF/resources/fonts/";

    /** Never resolved (nothing external is loaded); openhtmltopdf wants a base for relative links. */
    private static final String BASE_URI = "about:blank";

    /**
     * @param html        the page from {@link HtmlReportRenderer} for {@link HtmlReportRenderer.Target#PDF}
     * @param generatedAt the report's time, which becomes the PDF's creation date
     * @param budget      checked at every run of text laid out and every page started
     * @throws PdfTimeLimitException    when the layout runs past the budget's time limit
     * @throws ReportAbandonedException when the client goes away during the layout
     */
    byte[] render(String html, Instant generatedAt, LayoutBudget budget) {
        // openhtmltopdf reads XML; jsoup turns the HTML5 page into a DOM the way a browser would.
        org.w3c.dom.Document document = new W3CDom().fromJsoup(Jsoup.parse(html));
        budget.check();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessibility(true)
                .withW3cDocument(document, BASE_URI)
                .useUnicodeLineBreaker(new BudgetedLineBreaker(budget))
                .usePageSupplier((pdf, width, height, pageNumber, shadowPageNumber) -> {
                    budget.check();
                    PDPage page = new PDPage(new PDRectangle(width, height));
                    pdf.addPage(page);
                    return page;
                })
                .withProducer("Fact-Check Workbench")
                .useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE))
                .useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory())
                .useUnicodeBidiReorderer(new ICUBidiReorderer())
                .defaultTextDirection(TextDirection.LTR)
                .useExternalResourceAccessControl((uri, type) -> false,
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        font(builder, "NotoSans-Regular.ttf", "Noto Sans", 400);
        font(builder, "NotoSans-Bold.ttf", "Noto Sans", 700);
        font(builder, "NotoSansArabic-Regular.ttf", "Noto Sans Arabic", 400);
        font(builder, "DroidSansFallbackFull.ttf", "Droid Sans Fallback", 400);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer();
             PDDocument target = renderer.createPDFKeepOpen()) {
            makeReproducible(target, html, generatedAt);
            target.save(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing a PDF to memory failed", e);
        }
        return pdf.toByteArray();
    }

    /** openhtmltopdf's own line breaker, asking the budget before each run of text. */
    private static final class BudgetedLineBreaker implements FSTextBreaker {

        private final FSTextBreaker lines = new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(Locale.US));
        private final LayoutBudget budget;

        BudgetedLineBreaker(LayoutBudget budget) {
            this.budget = budget;
        }

        @Override
        public void setText(String text) {
            budget.check();
            lines.setText(text);
        }

        @Override
        public int next() {
            return lines.next();
        }
    }

    // Loaded only when the text needs the font, and subset to the glyphs used.
    private static void font(PdfRendererBuilder builder, String file, String family, int weight) {
        builder.useFont(() -> PdfReportRenderer.class.getClassLoader().getResourceAsStream(FONTS + file), family,
                weight, FontStyle.NORMAL, true);
    }

    /**
     * openhtmltopdf dates the file when it is written and PDFBox gives it a time-based ID; the report's own time
     * and an ID derived from the page keep a report's PDF the same bytes apart from its generated-at time, so PDFs
     * can be compared and cached like the other formats.
     */
    private static void makeReproducible(PDDocument document, String html, Instant generatedAt) {
        document.getDocumentInformation().setCreationDate(GregorianCalendar.from(generatedAt.atZone(ZoneOffset.UTC)));
        try {
            byte[] hash = Arrays.copyOf(MessageDigest.getInstance("SHA-256")
                    .digest(html.getBytes(StandardCharsets.UTF_8)), 16);
            COSArray id = new COSArray();
            id.add(new COSString(hash));
            id.add(new COSString(hash));
            document.getDocument().getTrailer().setItem(COSName.ID, id);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
