package factcheck.claim;

import factcheck.account.Account;
import factcheck.account.AccountService;
import factcheck.account.Role;
import factcheck.claim.history.ClaimHistory;
import factcheck.claim.history.HistoryEntry;
import factcheck.web.FormErrors;
import factcheck.web.InvalidFieldException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
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

/** The claim page: its place in the article, the review form, sources and notes. Forms post, then redirect. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.Names.REVIEWER)
public class ClaimPage {

    static final int CONTEXT_CHARS = 240;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance claim(Claim claim, ClaimContext context, ReviewForm review, SourceForm source,
                                             String noteText, FormErrors errors, boolean stale,
                                             List<HistoryEntry> timeline, List<Account> assignable);
    }

    private final ClaimService claims;
    private final ClaimHistory history;
    private final AccountService accounts;

    ClaimPage(ClaimService claims, ClaimHistory history, AccountService accounts) {
        this.claims = claims;
        this.history = history;
        this.accounts = accounts;
    }

    @GET
    @Path("claims/{id}")
    public TemplateInstance claim(@RestPath long id) {
        Claim claim = claims.get(id);
        return page(claim, ReviewForm.of(claim), new SourceForm(), "", FormErrors.none(), false);
    }

    @POST
    @Path("claims/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response review(@RestPath long id, @BeanParam ReviewForm form) {
        try {
            claims.review(id, form.toChange());
            return backTo(id, "");
        } catch (InvalidFieldException e) {
            return again(400, claims.get(id), form, new SourceForm(), "", FormErrors.of(e), false);
        } catch (WorkflowViolationException e) {
            return again(e.status(), claims.get(id), form, new SourceForm(), "", FormErrors.of("decision", e.getMessage()), false);
        } catch (StaleClaimException e) {
            return again(e.status(), claims.get(id), form, new SourceForm(), "", FormErrors.none(), true);
        }
    }

    @POST
    @Path("claims/{id}/sources")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addSource(@RestPath long id, @BeanParam SourceForm form) {
        try {
            claims.addSource(id, form.toDraft());
            return backTo(id, "#sources");
        } catch (InvalidFieldException e) {
            Claim claim = claims.get(id);
            return again(400, claim, ReviewForm.of(claim), form, "", FormErrors.of(e), false);
        }
    }

    @POST
    @Path("sources/{id}/delete")
    public Response deleteSource(@RestPath long id) {
        Claim claim = claims.deleteSource(id);
        return backTo(claim.id, "#sources");
    }

    @POST
    @Path("claims/{id}/notes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addNote(@RestPath long id, @RestForm String text) {
        try {
            claims.addNote(id, text);
            return backTo(id, "#notes");
        } catch (InvalidFieldException e) {
            Claim claim = claims.get(id);
            return again(400, claim, ReviewForm.of(claim), new SourceForm(), text, FormErrors.of("note", e.getMessage()), false);
        }
    }

    @POST
    @Path("claims/{id}/assignee")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.Names.EDITOR)
    public Response assign(@RestPath long id, @RestForm String username) {
        try {
            claims.assign(id, username);
            return backTo(id, "#assignment");
        } catch (InvalidFieldException e) {
            Claim claim = claims.get(id);
            return again(400, claim, ReviewForm.of(claim), new SourceForm(), "", FormErrors.of("assignee", e.getMessage()), false);
        }
    }

    private TemplateInstance page(Claim claim, ReviewForm review, SourceForm source, String noteText,
                                  FormErrors errors, boolean stale) {
        return Templates.claim(claim, ClaimContext.of(claim, CONTEXT_CHARS), review, source, noteText, errors, stale,
                history.timelineOf(claim.id), accounts.assignable());
    }

    private Response again(int status, Claim claim, ReviewForm review, SourceForm source, String noteText,
                           FormErrors errors, boolean stale) {
        return Response.status(status).entity(page(claim, review, source, noteText, errors, stale)).build();
    }

    private static Response backTo(long claimId, String fragment) {
        return Response.seeOther(URI.create("/claims/" + claimId + fragment)).build();
    }
}
