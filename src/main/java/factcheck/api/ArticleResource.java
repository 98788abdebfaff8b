package factcheck.api;

import factcheck.account.CurrentUser;
import factcheck.account.Role;
import factcheck.article.Article;
import factcheck.article.ArticleDraft;
import factcheck.article.ArticleFileReader;
import factcheck.article.ArticleService;
import factcheck.article.ArticleUploadForm;
import factcheck.article.ArticleUploads;
import factcheck.article.HtmlArticleReader;
import factcheck.claim.AnchoringSummary;
import factcheck.claim.Claim;
import factcheck.claim.ClaimEditor;
import factcheck.claim.ClaimService;
import factcheck.desk.ArticleDesk;
import factcheck.desk.ArticleListing;
import factcheck.input.PageRequest;
import factcheck.original.Originals;
import factcheck.web.PageResponse;
import factcheck.web.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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

/** Articles for editors' tools: import (JSON, plain text or file upload), list, read, delete. */
@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
@RolesAllowed(Role.Names.REVIEWER)
class ArticleResource {

    static final int MAX_PAGE_SIZE = 100;

    private final ArticleDesk desk;
    private final ArticleService articles;
    private final ArticleUploads uploads;
    private final ClaimService claims;
    private final ClaimEditor editor;
    private final Originals originals;
    private final CurrentUser user;

    ArticleResource(ArticleDesk desk, ArticleService articles, ArticleUploads uploads, ClaimService claims,
                    ClaimEditor editor, Originals originals, CurrentUser user) {
        this.desk = desk;
        this.articles = articles;
        this.uploads = uploads;
        this.claims = claims;
        this.editor = editor;
        this.originals = originals;
        this.user = user;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import an article from JSON; its claims are extracted at once")
    @RolesAllowed(Role.Names.EDITOR)
    public Response create(CreateArticleRequest request) {
        return created(desk.importArticle(required(request).toDraft()));
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Import an article from a plain UTF-8 text body")
    @RolesAllowed(Role.Names.EDITOR)
    public Response createFromText(byte[] body) {
        String text = ArticleFileReader.decodeUtf8(body);
        return created(desk.importArticle(new ArticleDraft(text, null, null, null, null, null)));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import an article from an uploaded .txt or .md file (part 'file') or a 'text' part")
    @RolesAllowed(Role.Names.EDITOR)
    public Response createFromUpload(@BeanParam ArticleUploadForm form) {
        return created(desk.importArticle(uploads.toDraft(form)));
    }

    @PUT
    @Path("/{id}/text")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct an article's text; its claims are re-anchored, changed or lost ones flagged")
    @RolesAllowed(Role.Names.EDITOR)
    public TextChangeResponse replaceText(@RestPath long id, @RestHeader("If-Match") String ifMatch,
                                          ReplaceTextRequest request) {
        ReplaceTextRequest body = required(request);
        AnchoringSummary anchoring = desk.replaceText(id, body.text(), Versions.basedOn(ifMatch, body.version()),
                user.getName());
        return new TextChangeResponse(read(id), anchoring);
    }

    @PUT
    @Path("/{id}/text")
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Correct an article's text from a plain UTF-8 body")
    @RolesAllowed(Role.Names.EDITOR)
    public TextChangeResponse replaceTextFromBody(@RestPath long id, @RestHeader("If-Match") String ifMatch,
                                                  byte[] body) {
        Long basedOn = Versions.basedOn(ifMatch, null);
        AnchoringSummary anchoring = desk.replaceText(id, ArticleFileReader.decodeUtf8(body), basedOn, user.getName());
        return new TextChangeResponse(read(id), anchoring);
    }

    @POST
    @Consumes(MediaType.TEXT_HTML)
    @Operation(summary = "Import an article from an HTML page: its article text is kept, navigation and ads are not")
    @RolesAllowed(Role.Names.EDITOR)
    public Response createFromHtml(byte[] body) {
        return created(desk.importArticle(HtmlArticleReader.read(ArticleFileReader.decodeUtf8(body))));
    }

    @GET
    @Operation(summary = "Articles, newest first, with claim counts per status; pages count from 0")
    public PageResponse<ArticleSummaryResponse> list(@RestQuery @DefaultValue("0") String page,
                                                     @RestQuery @DefaultValue("20") String size) {
        PageRequest request = PageRequest.parse(page, size, MAX_PAGE_SIZE);
        ArticleListing listing = desk.list(request.page(), request.size());
        List<ArticleSummaryResponse> items = listing.items().stream()
                .map(article -> ArticleSummaryResponse.from(article, listing.progressOf(article)))
                .toList();
        return new PageResponse<>(items, request.page(), request.size(), listing.total());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One article with its full text and its claims; the ETag is its version")
    public Response get(@RestPath long id) {
        ArticleResponse article = read(id);
        return Response.ok(article).tag(Versions.etag(article.version())).build();
    }

    private ArticleResponse read(long id) {
        return ArticleResponse.from(articles.get(id), claims.claimsOf(id), originals.relativesOf(id));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete an article with its claims, sources and notes")
    @RolesAllowed(Role.Names.EDITOR)
    public void delete(@RestPath long id) {
        desk.delete(id);
    }

    @GET
    @Path("/{id}/claims")
    @Operation(summary = "An article's claims in text order")
    public List<ClaimResponse> claims(@RestPath long id) {
        articles.get(id);
        return claims.claimsOf(id).stream().map(ClaimResponse::from).toList();
    }

    @POST
    @Path("/{id}/claims")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark a stretch of the text as a claim: {start, end} in characters (end exclusive);"
            + " overlapping another claim: 409")
    public Response addClaim(@RestPath long id, SpanRequest request) {
        SpanRequest body = required(request);
        Claim claim = editor.add(id, body.start(), body.end(), user.getName());
        return Response.created(URI.create("/api/claims/" + claim.id))
                .entity(ClaimResponse.from(claims.get(claim.id))).build();
    }

    private Response created(Article article) {
        return Response.created(URI.create("/api/articles/" + article.id))
                .entity(ArticleResponse.from(article, claims.claimsOf(article.id), originals.relativesOf(article.id)))
                .build();
    }
}
