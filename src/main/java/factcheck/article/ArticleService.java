package factcheck.article;

import factcheck.config.WorkbenchConfig;
import factcheck.input.FormDates;
import factcheck.input.HttpUrls;
import factcheck.input.InvalidFieldException;
import factcheck.input.Texts;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.hibernate.exception.ConstraintViolationException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Stores, finds and corrects article texts. What happens to an article's claims meanwhile is the business of
 * {@code factcheck.desk.ArticleDesk}, which calls these within its transactions.
 */
@ApplicationScoped
public class ArticleService {

    static final int TITLE_LENGTH = 500;
    private static final String CONTENT_HASH_INDEX = "article_content_hash_idx";
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?");

    private final long maxBytes;

    ArticleService(WorkbenchConfig config) {
        this.maxBytes = config.importing().maxBytes();
    }

    /**
     * Stores a new article, without claims.
     *
     * @throws InvalidFieldException for an empty text or invalid metadata
     * @throws ArticleTooLargeException above the configured size
     * @throws DuplicateArticleException when the same text was imported before
     */
    public Article store(ArticleDraft draft) {
        Article article = new Article();
        article.text = checkedText(draft.text());
        article.title = draft.title() == null || draft.title().isBlank()
                ? titleFrom(article.text) : Texts.optional("title", draft.title(), TITLE_LENGTH);
        article.url = HttpUrls.optional("url", draft.url());
        article.outlet = Texts.optional("outlet", draft.outlet(), 200);
        article.author = Texts.optional("author", draft.author(), 200);
        article.publishedOn = FormDates.plausible("publishedOn", draft.publishedOn());
        article.contentHash = sha256(article.text);
        Article.findByContentHash(article.contentHash).ifPresent(existing -> {
            throw new DuplicateArticleException(existing.id);
        });
        article.persist();
        try {
            // Written now, so the same text imported at this very moment by someone else is caught here.
            Article.flush();
        } catch (ConstraintViolationException e) {
            if (CONTENT_HASH_INDEX.equals(e.getConstraintName())) {
                throw new SimultaneousImportException();
            }
            throw e;
        }
        return article;
    }

    /**
     * The article, locked until the transaction ends: the first lock of every change to it or to several of its
     * claims.
     *
     * @param expectedVersion the version the caller read, or null to take the article as it is
     * @throws StaleArticleException when {@code expectedVersion} is given and the article has moved on
     */
    public Article lockForChange(long id, Long expectedVersion) {
        Article article = Article.<Article>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new ArticleNotFoundException(id));
        if (expectedVersion != null && expectedVersion != article.version) {
            throw new StaleArticleException(id, article.version);
        }
        return article;
    }

    /**
     * Gives a locked article a corrected text.
     *
     * @return false when the text is the same as before, so nothing changed
     * @throws DuplicateArticleException when another article already has this text
     */
    public boolean replaceText(Article article, String newText) {
        String text = checkedText(newText);
        String contentHash = sha256(text);
        // Checked before the article changes: the query would otherwise flush the clashing hash first.
        Article.findByContentHash(contentHash)
                .filter(other -> !other.id.equals(article.id))
                .ifPresent(other -> {
                    throw new DuplicateArticleException(other.id);
                });
        if (contentHash.equals(article.contentHash)) {
            return false;
        }
        article.text = text;
        article.contentHash = contentHash;
        return true;
    }

    public Article get(long id) {
        return Article.<Article>findByIdOptional(id).orElseThrow(() -> new ArticleNotFoundException(id));
    }

    /** One page of articles, newest first. Pages count from 0. */
    public List<ArticleSummary> page(int page, int size) {
        return Article.findAll(Sort.descending("createdAt").and("id", Sort.Direction.Descending))
                .page(page, size)
                .project(ArticleSummary.class)
                .list();
    }

    public long count() {
        return Article.count();
    }

    /**
     * Checks an article text (not empty, within the size limit, no control characters) and normalises its line
     * breaks: browsers send CRLF, and a line break is not content.
     */
    public String checkedText(String rawText) {
        if (rawText == null || rawText.isBlank()) {
            throw new InvalidFieldException("text", "The article text is empty.");
        }
        String text = LINE_BREAK.matcher(rawText).replaceAll("\n");
        long bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxBytes) {
            throw new ArticleTooLargeException(bytes, maxBytes);
        }
        if (text.chars().anyMatch(ArticleFileReader::isBinaryControl)) {
            throw new InvalidFieldException("text", "The text contains control characters; paste plain text.");
        }
        return text;
    }

    /** The first non-blank line, shortened to fit: what a reader would call the headline. */
    static String titleFrom(String text) {
        String firstLine = text.strip().lines().findFirst().orElse("").strip();
        return firstLine.length() <= TITLE_LENGTH ? firstLine : firstLine.substring(0, TITLE_LENGTH - 1) + "…";
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
