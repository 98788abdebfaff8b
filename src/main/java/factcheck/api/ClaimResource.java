package factcheck.api;

import factcheck.account.CurrentUser;
import factcheck.account.Role;
import factcheck.claim.Claim;
import factcheck.claim.ClaimEditor;
import factcheck.claim.ClaimFilter;
import factcheck.claim.ClaimListing;
import factcheck.claim.ClaimSearch;
import factcheck.claim.ClaimService;
import factcheck.claim.Note;
import factcheck.claim.Source;
import factcheck.claim.SplitPart;
import factcheck.input.FormNumbers;
import factcheck.web.PageResponse;
import factcheck.web.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;
import java.util.List;

import static factcheck.web.RequestBodies.required;

/** Claims, their review, sources and notes, for editors' tools. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims")
@RolesAllowed(Role.Names.REVIEWER)
class ClaimResource {

    private final ClaimService claims;
    private final ClaimEditor editor;
    private final ClaimSearch search;
    private final CurrentUser user;

    ClaimResource(ClaimService claims, ClaimEditor editor, ClaimSearch search, CurrentUser user) {
        this.claims = claims;
        this.editor = editor;
        this.search = search;
        this.user = user;
    }

    @GET
    @Path("/claims")
    @Operation(summary = "Claims across articles: filter by status, verdict, kind, article and words (full-text search"
            + " over the claim and its rationale); sort by date (last change, newest first) or score; paged")
    public PageResponse<ClaimSummaryResponse> list(@RestQuery String status, @RestQuery String verdict,
                                                   @RestQuery String kind, @RestQuery String article,
                                                   @RestQuery String q, @RestQuery String sort,
                                                   @RestQuery String page, @RestQuery String size) {
        ClaimListing listing = search.search(ClaimFilter.parse(status, verdict, kind, article, q, sort, page, size));
        return new PageResponse<>(listing.items().stream().map(ClaimSummaryResponse::from).toList(),
                listing.page(), listing.size(), listing.total());
    }

    @GET
    @Path("/claims/next")
    @Operation(summary = "The claim to review next (after claim {after}: the next unreviewed one in its article;"
            + " else the first of your queue; else the newest article's first unreviewed one); 204 when none is left")
    public Response next(@RestQuery String after) {
        return search.next(user.getName(), FormNumbers.optionalId("after", after))
                .map(claim -> withEtag(claims.get(claim.id)))
                .orElseGet(() -> Response.noContent().build());
    }

    @GET
    @Path("/claims/{id}")
    @Operation(summary = "One claim with its sources and notes; the ETag is its version")
    public Response get(@RestPath long id) {
        return withEtag(claims.get(id));
    }

    @PATCH
    @Path("/claims/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(summary = "Change a claim's status, verdict or rationale; needs If-Match (or version): stale is 409"
            + " (with savedBy and savedAt), missing 428; a verdict without a rationale is 422")
    public Response update(@RestPath long id, @RestHeader("If-Match") String ifMatch, UpdateClaimRequest request) {
        UpdateClaimRequest body = required(request);
        claims.review(id, body.toChange(Versions.basedOn(ifMatch, body.version())), user.getName());
        // Read back outside the write transaction, whose session is closed: sources and notes load lazily.
        return withEtag(claims.get(id));
    }

    private static Response withEtag(Claim claim) {
        return Response.ok(ClaimResponse.from(claim)).tag(Versions.etag(claim.version)).build();
    }

    @POST
    @Path("/claims/{id}/sources")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Attach a source to a claim")
    public Response addSource(@RestPath long id, AddSourceRequest request) {
        Source source = claims.addSource(id, required(request).toDraft());
        return Response.created(URI.create("/api/sources/" + source.id)).entity(SourceResponse.from(source)).build();
    }

    @GET
    @Path("/sources/{id}")
    @Operation(summary = "One source")
    public SourceResponse getSource(@RestPath long id) {
        return SourceResponse.from(claims.getSource(id));
    }

    @DELETE
    @Path("/sources/{id}")
    @Operation(summary = "Remove a source from its claim")
    public void deleteSource(@RestPath long id) {
        claims.deleteSource(id);
    }

    @POST
    @Path("/claims/{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an internal note to a claim")
    public Response addNote(@RestPath long id, AddNoteRequest request) {
        Note note = claims.addNote(id, required(request).text(), user.getName());
        return Response.created(URI.create("/api/notes/" + note.id)).entity(NoteResponse.from(note)).build();
    }

    @PUT
    @Path("/claims/{id}/span")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a claim's boundaries in the text: {start, end}; needs If-Match (or version);"
            + " overlapping another claim: 409")
    public Response resize(@RestPath long id, @RestHeader("If-Match") String ifMatch, SpanRequest request) {
        SpanRequest body = required(request);
        editor.resize(id, body.start(), body.end(), Versions.basedOn(ifMatch, body.version()), body.claimStart(),
                user.getName());
        return withEtag(claims.get(id));
    }

    @POST
    @Path("/claims/{id}/split")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Split a claim in two at {at}: the part named by {keep} (\"first\" or \"second\") keeps the"
            + " review, the other is unreviewed and flagged; without keep, neither keeps it and both are flagged."
            + " Both parts get the sources and notes; answers both parts. Needs If-Match (or version)")
    public List<ClaimResponse> split(@RestPath long id, @RestHeader("If-Match") String ifMatch, SplitRequest request) {
        SplitRequest body = required(request);
        List<Claim> parts = editor.split(id, body.at(), SplitPart.parse(body.keep()),
                Versions.basedOn(ifMatch, body.version()), body.claimStart(), user.getName());
        return parts.stream().map(part -> ClaimResponse.from(claims.get(part.id))).toList();
    }

    @POST
    @Path("/claims/{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Merge a claim with its neighbour {with}: one claim covering both, with this claim's id and"
            + " number and both claims' sources and notes; it keeps the review of the claim named by {keep}, else it is"
            + " unreviewed and flagged. Needs If-Match (or version)")
    public Response merge(@RestPath long id, @RestHeader("If-Match") String ifMatch, MergeRequest request) {
        MergeRequest body = required(request);
        editor.merge(id, body.with(), body.keep(), Versions.basedOn(ifMatch, body.version()), user.getName());
        return withEtag(claims.get(id));
    }

    @PUT
    @Path("/claims/{id}/assignee")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.EDITOR)
    @Operation(summary = "Assign a claim to a user (editors); {\"username\": null} clears the assignment")
    public ClaimResponse assign(@RestPath long id, AssignRequest request) {
        claims.assign(id, required(request).username());
        return ClaimResponse.from(claims.get(id));
    }

    @GET
    @Path("/queue")
    @Operation(summary = "Your queue: the claims assigned to you that are not reviewed or dismissed yet")
    public List<ClaimResponse> queue() {
        return claims.queueOf(user.getName()).stream().map(ClaimResponse::from).toList();
    }

    @GET
    @Path("/notes/{id}")
    @Operation(summary = "One note")
    public NoteResponse getNote(@RestPath long id) {
        return NoteResponse.from(claims.getNote(id));
    }
}
