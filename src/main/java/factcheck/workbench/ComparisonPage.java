package factcheck.workbench;

import factcheck.account.CurrentUser;
import factcheck.account.Role;
import factcheck.article.Article;
import factcheck.article.ArticleService;
import factcheck.claim.Claim;
import factcheck.claim.ClaimService;
import factcheck.comparison.PairStatus;
import factcheck.comparison.SentencePair;
import factcheck.desk.ArticleDesk;
import factcheck.input.FormNumbers;
import factcheck.input.InvalidFieldException;
import factcheck.original.ArticleOriginal;
import factcheck.original.Originals;
import factcheck.web.FormErrors;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import java.net.URI;
import java.util.List;

/**
 * The article beside its original, sentence by sentence, with the facts that differ; and the forms with which an
 * editor attaches an original (pasted, or another stored article) or takes it away.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.Names.REVIEWER)
class ComparisonPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance comparison(Article article, ArticleOriginal original, List<Row> rows,
                                                  Summary summary, List<Originals.Relative> relatives, String text,
                                                  String articleId, FormErrors errors);
    }

    /** One sentence of the article, its counterpart, and the claim covering it (null if none). */
    record Row(SentencePair pair, Claim claim) {
    }

    /** How many of the article's sentences compare in each way. */
    record Summary(long same, long reworded, long altered, long notInOriginal) {

        static Summary of(List<Row> rows) {
            return new Summary(count(rows, PairStatus.SAME), count(rows, PairStatus.REWORDED),
                    count(rows, PairStatus.ALTERED), count(rows, PairStatus.NOT_IN_ORIGINAL));
        }

        private static long count(List<Row> rows, PairStatus status) {
            return rows.stream().filter(row -> row.pair().status() == status).count();
        }
    }

    private final ArticleDesk desk;
    private final ArticleService articles;
    private final Originals originals;
    private final ClaimService claims;
    private final CurrentUser user;

    ComparisonPage(ArticleDesk desk, ArticleService articles, Originals originals, ClaimService claims,
                   CurrentUser user) {
        this.desk = desk;
        this.articles = articles;
        this.originals = originals;
        this.claims = claims;
        this.user = user;
    }

    @GET
    @Path("articles/{id}/comparison")
    public TemplateInstance comparison(@RestPath long id) {
        return show(id, null, null, FormErrors.none());
    }

    @POST
    @Path("articles/{id}/original")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.Names.EDITOR)
    public Response attach(@RestPath long id, @RestForm String text, @RestForm String articleId) {
        try {
            desk.attachOriginal(id, text == null || text.isBlank() ? null : text,
                    FormNumbers.optionalId("articleId", articleId), user.getName());
            return Response.seeOther(URI.create("/articles/" + id + "/comparison")).build();
        } catch (InvalidFieldException e) {
            return Response.status(400).entity(show(id, text, articleId, FormErrors.of(e))).build();
        }
    }

    @POST
    @Path("articles/{id}/original/delete")
    @RolesAllowed(Role.Names.EDITOR)
    public Response detach(@RestPath long id) {
        desk.detachOriginal(id);
        return Response.seeOther(URI.create("/articles/" + id + "/comparison")).build();
    }

    private TemplateInstance show(long id, String text, String articleId, FormErrors errors) {
        Article article = articles.get(id);
        ArticleOriginal original = originals.of(id).orElse(null);
        List<Claim> articleClaims = claims.claimsOf(id);
        List<Row> rows = original == null ? List.of() : original.pairs.stream()
                .map(pair -> new Row(pair, articleClaims.stream()
                        .filter(claim -> claim.overlaps(pair.start(), pair.end()))
                        .findFirst().orElse(null)))
                .toList();
        return Templates.comparison(article, original, rows, Summary.of(rows), originals.relativesOf(id), text,
                articleId, errors);
    }
}
