package factcheck.article;

import factcheck.problem.DomainProblemException;

import java.util.Map;

/** The article's text was edited after the caller read it: saving would throw that edit away. */
public class StaleArticleException extends DomainProblemException {

    private final long currentVersion;

    public StaleArticleException(long id, long currentVersion) {
        super(409, "Article " + id + " was edited by someone else (it is now at version " + currentVersion
                + "). Reload it, then apply your edit again.");
        this.currentVersion = currentVersion;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("currentVersion", currentVersion);
    }
}
