package factcheck.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import factcheck.claim.Verdict;
import factcheck.config.WorkbenchConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Renders the reviewed claims of a report as schema.org ClaimReview JSON-LD, the markup search engines and
 * fact-check aggregators read: one ClaimReview per claim with a published verdict
 * ({@link ClaimReport#publishedVerdict()}). Unreviewed and dismissed claims have no rating to publish, and neither has
 * a flagged claim (split, merged, or its sentence changed after its review): it must be reviewed again before its
 * verdict goes out. Members are written in a fixed order, so the same data gives the same bytes, and escaped so the
 * markup can be pasted into a page's {@code <script type="application/ld+json">} as it is.
 */
@ApplicationScoped
class ClaimReviewRenderer {

    /** Long enough for a sentence; longer claims are cut at a word, as ClaimReview asks for a short summary. */
    static final int MAX_CLAIM_LENGTH = 280;

    private final ObjectMapper json;
    private final String organizationName;
    private final String organizationUrl;
    private final String urlPattern;

    @Inject
    ClaimReviewRenderer(ObjectMapper json, WorkbenchConfig config) {
        this(json, config.organization().name(), config.organization().url(), config.claimreview().urlPattern());
    }

    ClaimReviewRenderer(ObjectMapper json, String organizationName, String organizationUrl, String urlPattern) {
        this.json = json;
        this.organizationName = organizationName;
        this.organizationUrl = organizationUrl;
        this.urlPattern = urlPattern;
    }

    String render(List<ArticleReport> reports) {
        List<Map<String, Object>> reviews = new ArrayList<>();
        for (ArticleReport report : reports) {
            for (ClaimReport claim : report.claims()) {
                claim.publishedVerdict().ifPresent(verdict -> reviews.add(claimReview(report.article(), claim, verdict)));
            }
        }
        try {
            return json.writerWithDefaultPrettyPrinter().with(new ScriptSafeEscapes()).writeValueAsString(reviews) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Maps of strings and numbers always serialise", e);
        }
    }

    private Map<String, Object> claimReview(ArticleDetailsReport article, ClaimReport claim, Verdict verdict) {
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("@context", "https://schema.org");
        review.put("@type", "ClaimReview");
        review.put("url", urlPattern.replace("{organizationUrl}", organizationUrl)
                .replace("{articleId}", String.valueOf(article.id()))
                .replace("{claimId}", String.valueOf(claim.id())));
        review.put("claimReviewed", shortText(claim.text()));
        if (claim.reviewedAt() != null) {
            review.put("datePublished", claim.reviewedAt().atZone(ZoneOffset.UTC).toLocalDate().toString());
        }
        review.put("author", organization(organizationName, organizationUrl));
        review.put("reviewRating", rating(verdict));
        review.put("itemReviewed", itemReviewed(article));
        return review;
    }

    private static Map<String, Object> rating(Verdict verdict) {
        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("@type", "Rating");
        OptionalInt value = RatingScale.value(verdict);
        if (value.isPresent()) {
            rating.put("ratingValue", value.getAsInt());
            rating.put("bestRating", RatingScale.BEST);
            rating.put("worstRating", RatingScale.WORST);
        }
        rating.put("alternateName", RatingScale.label(verdict));
        return rating;
    }

    // The claim as it appeared: in the article, by its author (or, without one, its outlet), on its date.
    private static Map<String, Object> itemReviewed(ArticleDetailsReport article) {
        Map<String, Object> appearance = new LinkedHashMap<>();
        appearance.put("@type", "CreativeWork");
        if (article.url() != null) {
            appearance.put("url", article.url());
        }
        appearance.put("headline", article.title());
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("@type", "Claim");
        item.put("appearance", List.of(appearance));
        if (article.author() != null) {
            item.put("author", person(article.author()));
        } else if (article.outlet() != null) {
            item.put("author", organization(article.outlet(), null));
        }
        if (article.publishedOn() != null) {
            item.put("datePublished", article.publishedOn().toString());
        }
        return item;
    }

    private static Map<String, Object> person(String name) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("@type", "Person");
        person.put("name", name);
        return person;
    }

    private static Map<String, Object> organization(String name, String url) {
        Map<String, Object> organization = new LinkedHashMap<>();
        organization.put("@type", "Organization");
        organization.put("name", name);
        if (url != null) {
            organization.put("url", url);
        }
        return organization;
    }

    static String shortText(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        if (oneLine.length() <= MAX_CLAIM_LENGTH) {
            return oneLine;
        }
        int cut = oneLine.lastIndexOf(' ', MAX_CLAIM_LENGTH - 1);
        return oneLine.substring(0, cut > 0 ? cut : MAX_CLAIM_LENGTH - 1) + "…";
    }
}
