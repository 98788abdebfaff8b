package factcheck.workbench;

import factcheck.account.CurrentUser;
import factcheck.account.Role;
import factcheck.article.Article;
import factcheck.article.ArticleService;
import factcheck.article.ArticleTooLargeException;
import factcheck.article.ArticleUploadForm;
import factcheck.article.ArticleUploads;
import factcheck.article.DuplicateArticleException;
import factcheck.article.StaleArticleException;
import factcheck.article.UnsupportedFileException;
import factcheck.claim.AnchoringSummary;
import factcheck.claim.Claim;
import factcheck.claim.ReviewProgress;
import factcheck.desk.ArticleDesk;
import factcheck.desk.ArticleListing;
import factcheck.input.InvalidFieldException;
import factcheck.input.PageRequest;
import factcheck.original.Originals;
import factcheck.web.FormErrors;
import factcheck.web.Versions;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;
import java.util.List;

/** The article pages: list, import form, and the article with its claims marked in place. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.Names.REVIEWER)
class ArticlePage {

    static final int PAGE_SIZE = 25;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ArticleListing listing);

        static native TemplateInstance form(ArticleUploadForm form, FormErrors errors, Long duplicateOf);

        static native TemplateInstance detail(Article article, List<Claim> claims, ReviewProgress progress,
                                              List<TextSegment> segments, AnchoringSummary edited, Long selected,
                                              String message, List<Originals.Relative> relatives);

        static native TemplateInstance editText(Article article, String text, long version, FormErrors errors,
                                                boolean stale);
    }

    private final ArticleDesk desk;
    private final ArticleService articles;
    private final ArticleUploads uploads;
    private final ArticleWorkbench workbench;
    private final CurrentUser user;

    ArticlePage(ArticleDesk desk, ArticleService articles, ArticleUploads uploads, ArticleWorkbench workbench,
                CurrentUser user) {
        this.desk = desk;
        this.articles = articles;
        this.uploads = uploads;
        this.workbench = workbench;
        this.user = user;
    }

    @GET
    public Response home() {
        return Response.seeOther(URI.create("/articles")).build();
    }

    @GET
    @Path("articles")
    public TemplateInstance list(@RestQuery @DefaultValue("0") String page) {
        PageRequest request = PageRequest.parse(page, String.valueOf(PAGE_SIZE), PAGE_SIZE);
        return Templates.list(desk.list(request.page(), request.size()));
    }

    @GET
    @Path("articles/new")
    @RolesAllowed(Role.Names.EDITOR)
    public TemplateInstance newArticle() {
        return Templates.form(new ArticleUploadForm(), FormErrors.none(), null);
    }

    @POST
    @Path("articles")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Role.Names.EDITOR)
    public Response create(@BeanParam ArticleUploadForm form) {
        try {
            Article article = desk.importArticle(uploads.toDraft(form));
            return Response.seeOther(URI.create("/articles/" + article.id)).build();
        } catch (InvalidFieldException e) {
            return formAgain(400, form, FormErrors.of(e), null);
        } catch (DuplicateArticleException e) {
            return formAgain(e.status(), form, FormErrors.of("text", e.getMessage()), e.existingArticleId());
        } catch (ArticleTooLargeException | UnsupportedFileException e) {
            return formAgain(e.status(), form, FormErrors.of(form.hasFile() ? "file" : "text", e.getMessage()), null);
        }
    }

    /**
     * The article with its claims, {@code ?claim=} selecting one; after a text edit the redirect's query tells what
     * happened to the claims.
     */
    @GET
    @Path("articles/{id}")
    public TemplateInstance detail(@RestPath long id, @BeanParam EditOutcome outcome, @RestQuery String claim) {
        return workbench.show(id, outcome.summary(), ArticleWorkbench.claimId(claim), null);
    }

    @GET
    @Path("articles/{id}/edit")
    @RolesAllowed(Role.Names.EDITOR)
    public TemplateInstance editText(@RestPath long id) {
        Article article = articles.get(id);
        return Templates.editText(article, article.text, article.version, FormErrors.none(), false);
    }

    @POST
    @Path("articles/{id}/text")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.Names.EDITOR)
    public Response replaceText(@RestPath long id, @RestForm String text, @RestForm Long version) {
        try {
            AnchoringSummary summary = desk.replaceText(id, text, Versions.basedOn(null, version), user.getName());
            return Response.seeOther(EditOutcome.redirectTo(id, summary)).build();
        } catch (InvalidFieldException e) {
            return editAgain(400, id, text, version, FormErrors.of(e), false);
        } catch (ArticleTooLargeException | DuplicateArticleException e) {
            return editAgain(e.status(), id, text, version, FormErrors.of("text", e.getMessage()), false);
        } catch (StaleArticleException e) {
            Article current = articles.get(id);
            return editAgain(e.status(), id, text, current.version, FormErrors.none(), true);
        }
    }

    @POST
    @Path("articles/{id}/delete")
    @RolesAllowed(Role.Names.EDITOR)
    public Response delete(@RestPath long id) {
        desk.delete(id);
        return Response.seeOther(URI.create("/articles")).build();
    }

    private Response editAgain(int status, long id, String text, Long version, FormErrors errors, boolean stale) {
        Article article = articles.get(id);
        long basedOn = version != null ? version : article.version;
        return Response.status(status).entity(Templates.editText(article, text, basedOn, errors, stale)).build();
    }

    private static Response formAgain(int status, ArticleUploadForm form, FormErrors errors, Long duplicateOf) {
        return Response.status(status).entity(Templates.form(form, errors, duplicateOf)).build();
    }
}
