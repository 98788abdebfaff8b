package factcheck.workbench;

import factcheck.account.Role;
import factcheck.claim.Claim;
import factcheck.claim.ClaimFilter;
import factcheck.claim.ClaimListing;
import factcheck.claim.ClaimSearch;
import factcheck.claim.ClaimStatus;
import factcheck.claim.Verdict;
import factcheck.extraction.ClaimKind;
import factcheck.input.FormNumbers;
import factcheck.input.InvalidFieldException;
import factcheck.web.FormErrors;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Finding work: every claim across articles, filtered and searched, and "next unreviewed claim" from anywhere. */
// Rooted at "/" like ClaimPage: a class at "/claims" would capture /claims/{id}/... and hide ClaimPage's paths.
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.Names.REVIEWER)
class ClaimListPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ClaimListing listing, ClaimSearchForm form, FormErrors errors,
                                            boolean nothingLeft);
    }

    /** The unreviewed claims, saying that none is left. */
    static final URI NOTHING_LEFT = URI.create("/claims?status=UNREVIEWED&nothingLeft=true");

    private final ClaimSearch search;
    private final SecurityIdentity identity;

    ClaimListPage(ClaimSearch search, SecurityIdentity identity) {
        this.search = search;
        this.identity = identity;
    }

    @GET
    @Path("claims")
    public Response list(@RestQuery String status, @RestQuery String verdict, @RestQuery String kind,
                         @RestQuery String article, @RestQuery String q, @RestQuery String sort,
                         @RestQuery String page, @RestQuery boolean nothingLeft) {
        ClaimSearchForm form = new ClaimSearchForm(status, verdict, kind, article, q, sort);
        try {
            ClaimFilter filter = ClaimFilter.parse(status, verdict, kind, article, q, sort, page, null);
            return Response.ok(Templates.list(search.search(filter), form, FormErrors.none(), nothingLeft)).build();
        } catch (InvalidFieldException e) {
            ClaimListing none = new ClaimListing(List.of(), 0, ClaimFilter.DEFAULT_PAGE_SIZE, 0);
            return Response.status(400).entity(Templates.list(none, form, FormErrors.of(e), false)).build();
        }
    }

    /**
     * Opens the next claim to review in its article's workbench, where the panel and its shortcuts are; after the
     * last one, the list of unreviewed claims says so.
     */
    @GET
    @Path("claims/next")
    public Response next(@RestQuery String after) {
        Long afterClaim;
        // A mangled link still leads to work: without a usable "after", the search starts from the queue.
        try {
            afterClaim = FormNumbers.optionalId("after", after);
        } catch (InvalidFieldException e) {
            afterClaim = null;
        }
        return search.next(identity.getPrincipal().getName(), afterClaim)
                .map(claim -> Response.seeOther(workbenchOf(claim)))
                .orElseGet(() -> Response.seeOther(NOTHING_LEFT))
                .build();
    }

    /** The article page with the claim open in its panel. */
    static URI workbenchOf(Claim claim) {
        return URI.create("/articles/" + claim.article.id + "?claim=" + claim.id);
    }

    /** The filter form as typed, and the choices it offers. */
    public record ClaimSearchForm(String status, String verdict, String kind, String article, String q, String sort) {

        public ClaimStatus[] statuses() {
            return ClaimStatus.values();
        }

        public Verdict[] verdicts() {
            return Verdict.values();
        }

        public ClaimKind[] kinds() {
            return ClaimKind.values();
        }

        public boolean is(String field, Object value) {
            String chosen = switch (field) {
                case "status" -> status;
                case "verdict" -> verdict;
                case "kind" -> kind;
                case "sort" -> sort == null || sort.isBlank() ? "DATE" : sort;
                default -> null;
            };
            return chosen != null && chosen.equalsIgnoreCase(value.toString());
        }

        /** The query string of this search, for links to other pages of it. */
        public String queryWithPage(int page) {
            StringBuilder query = new StringBuilder("?page=").append(page);
            append(query, "status", status);
            append(query, "verdict", verdict);
            append(query, "kind", kind);
            append(query, "article", article);
            append(query, "q", q);
            append(query, "sort", sort);
            return query.toString();
        }

        private static void append(StringBuilder query, String name, String value) {
            if (value != null && !value.isBlank()) {
                query.append('&').append(name).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
    }
}
