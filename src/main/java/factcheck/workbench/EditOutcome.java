package factcheck.workbench;

import factcheck.claim.AnchoringSummary;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;

/**
 * What a text edit did to the claims, carried in the redirect's query string so the article page can say it
 * after post/redirect/get without any server-side session.
 */
class EditOutcome {

    @RestQuery
    String anchored;

    @RestQuery
    String moved;

    @RestQuery
    String changed;

    @RestQuery
    String orphaned;

    @RestQuery
    String removed;

    @RestQuery
    String added;

    static URI redirectTo(long articleId, AnchoringSummary summary) {
        return URI.create("/articles/" + articleId + "?anchored=" + summary.anchored() + "&moved=" + summary.moved()
                + "&changed=" + summary.changed() + "&orphaned=" + summary.orphaned()
                + "&removed=" + summary.removed() + "&added=" + summary.added());
    }

    /** The summary, or null when the page was not reached from an edit (or the query was tampered with). */
    AnchoringSummary summary() {
        try {
            return new AnchoringSummary(Integer.parseInt(anchored), Integer.parseInt(moved), Integer.parseInt(changed),
                    Integer.parseInt(orphaned), Integer.parseInt(removed), Integer.parseInt(added));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
