package factcheck.article;

import factcheck.problem.DomainProblemException;

import java.util.Map;

/** The same text was imported before: a second copy would split the review work in two. */
public class DuplicateArticleException extends DomainProblemException {

    private final long existingArticleId;

    public DuplicateArticleException(long existingArticleId) {
        super(409, "This text was already imported as article " + existingArticleId + ".");
        this.existingArticleId = existingArticleId;
    }

    public long existingArticleId() {
        return existingArticleId;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("existingArticleId", existingArticleId);
    }
}
