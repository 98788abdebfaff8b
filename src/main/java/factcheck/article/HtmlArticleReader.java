package factcheck.article;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reduces a saved news page to its article: the body text, one paragraph per block, plus the metadata pages
 * usually carry (title, canonical URL, site name, author, publication date). Navigation, scripts, ads,
 * share buttons and related-story boxes are dropped.
 */
public final class HtmlArticleReader {

    // Not "form": some sites wrap the whole page in one (ASP.NET Web Forms).
    private static final String NOT_ARTICLE = "script, style, noscript, template, iframe, svg, canvas, nav, header,"
            + " footer, aside, button, figure, [hidden], [aria-hidden=true], [role=navigation],"
            + " [role=complementary], [role=banner], [role=contentinfo]";
    /** Class or id words that mark page furniture rather than article text. */
    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)(^|[-_ ])(ad|ads|advert\\w*|promo\\w*|sponsor\\w*|newsletter|related|share|social|comments?"
                    + "|cookie\\w*|subscribe|banner|sidebar|breadcrumbs?|byline-photo|caption)([-_ ]|$)");
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, dt, dd";

    private HtmlArticleReader() {
    }

    public static ArticleDraft read(String html) {
        Document page = Jsoup.parse(html);
        page.select(NOT_ARTICLE).remove();
        Element root = articleRoot(page);
        // Furniture is looked for inside the article only: a layout wrapper named "with-sidebar" holds it all.
        root.getAllElements().stream()
                .filter(element -> element != root)
                .filter(element -> FURNITURE.matcher(element.className() + " " + element.id()).find())
                .toList()
                .forEach(Element::remove);
        String text = String.join("\n\n", blocksOf(root));
        // Page metadata is a suggestion, not input the user typed: shorten it to fit rather than refuse the page.
        return new ArticleDraft(text, shortened(meta(page, "og:title", null), 500), canonicalUrl(page),
                shortened(meta(page, "og:site_name", null), 200), shortened(meta(page, "author", null), 200),
                publishedOn(page));
    }

    /** The element holding the article: {@code <article>} (the longest, if several), else {@code <main>}, else the body. */
    private static Element articleRoot(Document page) {
        Elements candidates = page.select("article, [itemprop=articleBody]");
        if (candidates.isEmpty()) {
            candidates = page.select("main, [role=main]");
        }
        return candidates.stream()
                .max(Comparator.comparingInt(element -> element.text().length()))
                .orElse(page.body());
    }

    private static List<String> blocksOf(Element root) {
        List<String> blocks = new ArrayList<>();
        for (Element block : root.select(BLOCKS)) {
            // A list item or quote that wraps paragraphs is read through those paragraphs.
            if (!block.select(BLOCKS).stream().allMatch(inner -> inner == block)) {
                continue;
            }
            String text = block.text().strip();
            if (!text.isEmpty()) {
                blocks.add(block.tagName().equals("li") ? "- " + text : text);
            }
        }
        if (blocks.isEmpty() && !root.text().isBlank()) {
            blocks.add(root.text().strip());
        }
        return blocks;
    }

    private static String meta(Document page, String name, String fallback) {
        Element tag = page.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        String value = tag != null ? tag.attr("content").strip() : "";
        return !value.isEmpty() ? value : fallback;
    }

    private static String shortened(String value, int maxLength) {
        return value == null || value.length() <= maxLength ? value : value.substring(0, maxLength - 1) + "…";
    }

    /** The page's canonical address, when it is a well-formed http(s) URL that fits; otherwise none. */
    private static String canonicalUrl(Document page) {
        Element link = page.selectFirst("link[rel=canonical]");
        String url = link != null ? link.attr("href").strip() : meta(page, "og:url", "");
        try {
            URI uri = new URI(url);
            boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            return web && uri.getHost() != null && url.length() <= 2048 ? url : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static LocalDate publishedOn(Document page) {
        String value = meta(page, "article:published_time", null);
        if (value == null) {
            Element time = page.selectFirst("time[datetime]");
            value = time != null ? time.attr("datetime") : null;
        }
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
