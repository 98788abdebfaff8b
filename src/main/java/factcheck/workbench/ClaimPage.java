package factcheck.workbench;

import factcheck.account.Account;
import factcheck.account.AccountService;
import factcheck.account.CurrentUser;
import factcheck.account.Role;
import factcheck.claim.Claim;
import factcheck.claim.ClaimNotFoundException;
import factcheck.claim.ClaimSearch;
import factcheck.claim.ClaimService;
import factcheck.claim.MissingRationaleException;
import factcheck.claim.ReviewProgress;
import factcheck.claim.StaleClaimException;
import factcheck.claim.WorkflowViolationException;
import factcheck.claim.history.ClaimHistory;
import factcheck.claim.history.HistoryEntry;
import factcheck.input.InvalidFieldException;
import factcheck.web.FormErrors;
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
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The claim page: its place in the article, the review form, sources and notes, and the same in the panel beside
 * the article text. Forms post, then redirect; sent by htmx from the panel ({@code HX-Request}), they answer with
 * the panel instead.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.Names.REVIEWER)
class ClaimPage {

    static final int CONTEXT_CHARS = 240;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance claim(Claim claim, ClaimContext context, ReviewForm review, SourceForm source,
                                             String noteText, FormErrors errors, boolean stale, Claim next,
                                             List<HistoryEntry> timeline, List<Account> assignable);

        static native TemplateInstance panel(Claim claim, ReviewForm review, SourceForm source, String noteText,
                                             FormErrors errors, boolean stale, Claim next, PanelUpdate update);
    }

    private final ClaimService claims;
    private final ClaimSearch search;
    private final ClaimHistory history;
    private final AccountService accounts;
    private final CurrentUser user;

    ClaimPage(ClaimService claims, ClaimSearch search, ClaimHistory history, AccountService accounts,
              CurrentUser user) {
        this.claims = claims;
        this.search = search;
        this.history = history;
        this.accounts = accounts;
        this.user = user;
    }

    @GET
    @Path("claims/{id}")
    public TemplateInstance claim(@RestPath long id) {
        Claim claim = claims.get(id);
        return page(claim, ReviewForm.of(claim), new SourceForm(), "", FormErrors.none(), false);
    }

    /** The panel for one of the article's claims, as the article page loads it beside the text. */
    @GET
    @Path("articles/{articleId}/claims/{id}/panel")
    public TemplateInstance panel(@RestPath long articleId, @RestPath long id) {
        Claim claim = claims.get(id);
        if (claim.article.id != articleId) {
            throw new ClaimNotFoundException(id);
        }
        return freshPanel(claim, null);
    }

    /**
     * Saves the review. With "save and next" ({@code then=next}) the answer is the next claim to review: in the
     * panel, that claim's panel (the saved claim's mark and list entry updated beside it, the page's address naming
     * the new claim), or the next article's workbench when this article is done; without htmx, a redirect to it.
     */
    @POST
    @Path("claims/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response review(@RestPath long id, @BeanParam ReviewForm form, @RestHeader("HX-Request") boolean inPanel) {
        try {
            claims.review(id, form.toChange(), user.getName());
        } catch (InvalidFieldException e) {
            return reviewAgain(inPanel, 400, id, form, FormErrors.of(e), false);
        } catch (MissingRationaleException e) {
            return reviewAgain(inPanel, e.status(), id, form,
                    FormErrors.of(MissingRationaleException.FIELD, e.getMessage()), false);
        } catch (WorkflowViolationException e) {
            return reviewAgain(inPanel, e.status(), id, form, FormErrors.of("decision", e.getMessage()), false);
        } catch (StaleClaimException e) {
            return reviewAgain(inPanel, e.status(), id, form, FormErrors.none(), true);
        }
        return form.andNext() ? savedThenNext(id, inPanel) : saved(id, "", inPanel);
    }

    @POST
    @Path("claims/{id}/sources")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addSource(@RestPath long id, @BeanParam SourceForm form, @RestHeader("HX-Request") boolean inPanel) {
        try {
            claims.addSource(id, form.toDraft());
            return saved(id, "#sources", inPanel);
        } catch (InvalidFieldException e) {
            Claim claim = claims.get(id);
            return again(inPanel, 400, claim, ReviewForm.of(claim), form, "", FormErrors.of(e), false);
        }
    }

    @POST
    @Path("sources/{id}/delete")
    public Response deleteSource(@RestPath long id, @RestHeader("HX-Request") boolean inPanel) {
        Claim claim = claims.deleteSource(id);
        return saved(claim.id, "#sources", inPanel);
    }

    @POST
    @Path("claims/{id}/notes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addNote(@RestPath long id, @RestForm String text, @RestHeader("HX-Request") boolean inPanel) {
        try {
            claims.addNote(id, text, user.getName());
            return saved(id, "#notes", inPanel);
        } catch (InvalidFieldException e) {
            Claim claim = claims.get(id);
            return again(inPanel, 400, claim, ReviewForm.of(claim), new SourceForm(), text,
                    FormErrors.of("note", e.getMessage()), false);
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
            return again(false, 400, claim, ReviewForm.of(claim), new SourceForm(), "",
                    FormErrors.of("assignee", e.getMessage()), false);
        }
    }

    private TemplateInstance page(Claim claim, ReviewForm review, SourceForm source, String noteText,
                                  FormErrors errors, boolean stale) {
        return Templates.claim(claim, ClaimContext.of(claim, CONTEXT_CHARS), review, source, noteText, errors, stale,
                claims.nextAfter(claim), history.timelineOf(claim.id), accounts.assignable());
    }

    private TemplateInstance panel(Claim claim, ReviewForm review, SourceForm source, String noteText,
                                   FormErrors errors, boolean stale, PanelUpdate update) {
        return Templates.panel(claim, review, source, noteText, errors, stale, claims.nextAfter(claim), update);
    }

    /** The claim's panel with nothing typed in it. */
    private TemplateInstance freshPanel(Claim claim, PanelUpdate update) {
        return panel(claim, ReviewForm.of(claim), new SourceForm(), "", FormErrors.none(), false, update);
    }

    private ReviewProgress progressOf(Claim claim) {
        return claims.progressOf(List.of(claim.article.id)).get(claim.article.id);
    }

    /** After a change: the panel with the claim's new state for htmx, the claim page (post/redirect/get) otherwise. */
    private Response saved(long claimId, String fragment, boolean inPanel) {
        if (inPanel) {
            Claim claim = claims.get(claimId);
            return Response.ok(freshPanel(claim, PanelUpdate.saved(progressOf(claim)))).build();
        }
        return backTo(claimId, fragment);
    }

    private Response savedThenNext(long savedId, boolean inPanel) {
        Claim saved = claims.get(savedId);
        Optional<Claim> next = search.next(user.getName(), savedId);
        if (!inPanel) {
            return Response.seeOther(next.map(ClaimListPage::workbenchOf).orElse(ClaimListPage.NOTHING_LEFT)).build();
        }
        if (next.isEmpty()) {
            return Response.ok(freshPanel(saved, PanelUpdate.savedAndNothingLeft(progressOf(saved)))).build();
        }
        Claim claim = next.get();
        URI address = ClaimListPage.workbenchOf(claim);
        if (claim.article.id.longValue() != saved.article.id) {
            return Response.ok().header("HX-Redirect", address).build();
        }
        return Response.ok(freshPanel(claim, PanelUpdate.movedOnFrom(saved, progressOf(claim))))
                .header("HX-Replace-Url", address).build();
    }

    private static Response backTo(long claimId, String fragment) {
        return Response.seeOther(URI.create("/claims/" + claimId + fragment)).build();
    }

    private Response reviewAgain(boolean inPanel, int status, long claimId, ReviewForm form, FormErrors errors,
                                 boolean stale) {
        return again(inPanel, status, claims.get(claimId), form, new SourceForm(), "", errors, stale);
    }

    /** A refused form shown again with what was typed, in the panel or on the claim page. */
    private Response again(boolean inPanel, int status, Claim claim, ReviewForm review, SourceForm source,
                           String noteText, FormErrors errors, boolean stale) {
        // A stale claim changed under the reviewer: its mark, list entry and the progress are refreshed too.
        PanelUpdate update = stale ? PanelUpdate.refreshed(progressOf(claim)) : null;
        TemplateInstance view = inPanel ? panel(claim, review, source, noteText, errors, stale, update)
                : page(claim, review, source, noteText, errors, stale);
        return Response.status(status).entity(view).build();
    }
}
