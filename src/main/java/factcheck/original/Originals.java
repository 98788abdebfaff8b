package factcheck.original;

import factcheck.article.Article;
import factcheck.article.ArticleService;
import factcheck.comparison.SentencePair;
import factcheck.comparison.TextComparison;
import factcheck.input.InvalidFieldException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Attaches to an article the original it was copied or reworded from, compares the two sentence by sentence, and
 * finds, among the stored articles, likely sources and copies of a new one.
 */
@ApplicationScoped
public class Originals {

    /** Most sentences in common: below that, two articles on one story are just two articles. */
    static final double RELATIVE = 0.5;
    /** How many of the newest articles an import is compared with, so an import takes as long in year five. */
    static final int CANDIDATES = 500;
    /**
     * Longer texts (a book, a data dump) are not news copies of one another, and their many repeated lines would make
     * the search for shared sentences slow.
     */
    static final int LONGEST_RELATIVE = 100_000;

    private final ArticleService articles;
    private final TextComparison comparison;

    Originals(ArticleService articles, TextComparison comparison) {
        this.articles = articles;
        this.comparison = comparison;
    }

    /**
     * Makes {@code text}, or the text of the stored article {@code sourceId}, the original of {@code article} (which
     * the caller has locked), replacing any earlier one, and compares the two.
     */
    public ArticleOriginal attach(Article article, String text, Long sourceId, String actor) {
        if ((text == null || text.isBlank()) == (sourceId == null)) {
            throw new InvalidFieldException("text", "Give the original's text, or the id of a stored article"
                    + " (articleId), but not both.");
        }
        String originalText;
        if (sourceId != null) {
            if (sourceId.equals(article.id)) {
                throw new InvalidFieldException("articleId", "An article cannot be its own original.");
            }
            originalText = Article.<Article>findByIdOptional(sourceId)
                    .orElseThrow(() -> new InvalidFieldException("articleId", "There is no article " + sourceId + "."))
                    .text;
        } else {
            originalText = articles.checkedText(text);
        }
        ArticleOriginal original = ArticleOriginal.<ArticleOriginal>findByIdOptional(article.id).orElseGet(() -> {
            ArticleOriginal fresh = new ArticleOriginal();
            fresh.articleId = article.id;
            return fresh;
        });
        original.text = originalText;
        original.sourceArticleId = sourceId;
        original.attachedBy = actor;
        original.attachedAt = Instant.now();
        original.pairs = compare(article.text, originalText);
        original.persist();
        return original;
    }

    /**
     * Compares the article's corrected text with its original again, if it has one. A correction that makes the
     * article too long to compare is not refused for that: the comparison is left empty instead.
     */
    public void compareAgain(Article article) {
        of(article.id).ifPresent(original -> {
            try {
                original.pairs = compare(article.text, original.text);
            } catch (InvalidFieldException tooLong) {
                original.pairs = List.of();
            }
        });
    }

    /** @throws InvalidFieldException when either text is too long to compare sentence by sentence */
    private List<SentencePair> compare(String copy, String original) {
        try {
            return comparison.compare(copy, original).pairs();
        } catch (IllegalArgumentException tooLong) {
            throw new InvalidFieldException("text", tooLong.getMessage());
        }
    }

    public Optional<ArticleOriginal> of(long articleId) {
        return ArticleOriginal.findByIdOptional(articleId);
    }

    /** @return whether the article had an original */
    public boolean detach(long articleId) {
        return ArticleOriginal.deleteById(articleId);
    }

    /**
     * Records which of the newest stored articles share most of their sentences with a newly imported one, for both
     * of them: either may be the source of the other.
     */
    public void findRelatives(Article article) {
        List<Article> candidates = Article.<Article>findAll(Sort.descending("createdAt").and("id", Sort.Direction.Descending))
                .page(0, CANDIDATES).list();
        for (Article candidate : candidates) {
            if (candidate.id.equals(article.id) || article.text.length() > LONGEST_RELATIVE
                    || candidate.text.length() > LONGEST_RELATIVE) {
                continue;
            }
            // A copy of part of an article shares all of its own sentences but only some of the article's.
            double shared = Math.max(comparison.sharedShare(article.text, candidate.text),
                    comparison.sharedShare(candidate.text, article.text));
            if (shared >= RELATIVE) {
                relate(article.id, candidate.id, shared);
                relate(candidate.id, article.id, shared);
            }
        }
    }

    /** Likely sources and copies of the article, most alike first, in one query. */
    public List<Relative> relativesOf(long articleId) {
        List<Object[]> rows = ArticleRelative.getEntityManager().createQuery("""
                        select a.id, a.title, r.shared from ArticleRelative r, Article a
                        where r.key.articleId = :articleId and a.id = r.key.relativeId
                        order by r.shared desc, a.id""", Object[].class)
                .setParameter("articleId", articleId)
                .getResultList();
        return rows.stream().map(row -> new Relative((Long) row[0], (String) row[1], (Double) row[2])).toList();
    }

    private static void relate(long articleId, long relativeId, double shared) {
        ArticleRelative relative = new ArticleRelative();
        relative.key = new ArticleRelative.Key(articleId, relativeId);
        relative.shared = shared;
        relative.persist();
    }

    /** A likely source or copy: its id, its title, and the share of sentences the two have in common. */
    public record Relative(long id, String title, double shared) {
    }
}
