package factcheck.article;

import factcheck.claim.AnchoringSummary;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;

/**
 * What a text edit did to the claims, carried in the redirect's query string so the article page can say it
 * after post/redirect/get without any server-side session.
 */
public class EditOutcome {

    @RestQuery
    Integer anchored;

    @RestQuery
    Integer moved;

    @RestQuery
    Integer changed;

    @RestQuery
    Integer orphaned;

    @RestQuery
    Integer removed;

    @RestQuery
    Integer added;

    static URI redirectTo(long articleId, AnchoringSummary summary) {
        return URI.create("/articles/" + articleId + "?anchored=" + summary.anchored() + "&moved=" + summary.moved()
                + "&changed=" + summary.changed() + "&orphaned=" + summary.orphaned()
                + "&removed=" + summary.removed() + "&added=" + summary.added());
    }

    /** The summary, or null when the page was not reached from an edit. */
    AnchoringSummary summary() {
        if (anchored == null || moved == null || changed == null || orphaned == null || removed == null || added == null) {
            return null;
        }
        return new AnchoringSummary(anchored, moved, changed, orphaned, removed, added);
    }
}
