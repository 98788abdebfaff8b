package factcheck.workbench;

import factcheck.account.CurrentUser;
import factcheck.account.Role;
import factcheck.claim.Claim;
import factcheck.claim.ClaimEditor;
import factcheck.claim.ClaimService;
import factcheck.claim.SplitPart;
import factcheck.input.FormNumbers;
import factcheck.input.InvalidFieldException;
import factcheck.problem.DomainProblemException;
import factcheck.web.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import java.net.URI;
import java.util.function.Supplier;

/**
 * The forms that change which text claims cover: mark a new claim, move a claim's boundaries, split one in two,
 * merge one with the next. A change returns to the article page with the claim selected; a refused one shows the
 * article page again with the reason.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@RolesAllowed(Role.Names.REVIEWER)
class ClaimEditingPage {

    private final ClaimEditor editor;
    private final ClaimService claims;
    private final ArticleWorkbench workbench;
    private final CurrentUser user;

    ClaimEditingPage(ClaimEditor editor, ClaimService claims, ArticleWorkbench workbench, CurrentUser user) {
        this.editor = editor;
        this.claims = claims;
        this.workbench = workbench;
        this.user = user;
    }

    @POST
    @Path("articles/{id}/claims")
    public Response mark(@RestPath long id, @RestForm String start, @RestForm String end) {
        return change(() -> id, null, () -> editor.add(id, FormNumbers.optional("start", start), FormNumbers.optional("end", end),
                user.getName()));
    }

    @POST
    @Path("claims/{id}/span")
    public Response resize(@RestPath long id, @RestForm String start, @RestForm String end, @RestForm Long version,
                           @RestForm String claimStart) {
        return change(() -> articleOf(id), id, () -> editor.resize(id, FormNumbers.optional("start", start),
                FormNumbers.optional("end", end), Versions.basedOn(null, version),
                FormNumbers.optional("claimStart", claimStart), user.getName()));
    }

    /** {@code keep}: "first", "second", or "none" (the form's default): which part keeps the review. */
    @POST
    @Path("claims/{id}/split")
    public Response split(@RestPath long id, @RestForm String at, @RestForm String keep, @RestForm Long version,
                          @RestForm String claimStart) {
        return change(() -> articleOf(id), id, () -> editor.split(id, FormNumbers.optional("at", at),
                SplitPart.parse(keep), Versions.basedOn(null, version), FormNumbers.optional("claimStart", claimStart),
                user.getName()).get(0));
    }

    /** {@code keep}: the id of the claim whose review the merged claim keeps; blank (the form's default) for none. */
    @POST
    @Path("claims/{id}/merge")
    public Response merge(@RestPath long id, @RestForm Long with, @RestForm String keep, @RestForm Long version) {
        return change(() -> articleOf(id), id, () -> editor.merge(id, with, FormNumbers.optionalId("keep", keep),
                Versions.basedOn(null, version), user.getName()));
    }

    private long articleOf(long claimId) {
        return claims.get(claimId).article.id;
    }

    /**
     * Applies the change and shows its claim on the article page. The article is looked up only when the change is
     * refused (then with {@code selected} still open): after a successful one the claim names it.
     */
    private Response change(Supplier<Long> article, Long selected, Supplier<Claim> edit) {
        try {
            Claim claim = edit.get();
            return Response.seeOther(URI.create("/articles/" + claim.article.id + "?claim=" + claim.id)).build();
        } catch (InvalidFieldException e) {
            return refused(article.get(), selected, 400, e.getMessage());
        } catch (DomainProblemException e) {
            return refused(article.get(), selected, e.status(), e.getMessage());
        }
    }

    private Response refused(long articleId, Long selected, int status, String message) {
        return Response.status(status).entity(workbench.show(articleId, null, selected, message)).build();
    }
}
