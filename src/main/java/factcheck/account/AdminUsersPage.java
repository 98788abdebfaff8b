package factcheck.account;

import factcheck.input.InvalidFieldException;
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
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;
import java.util.List;

/** Account management for admins: the list with a form for a new account, and one page per account. */
@Path("/admin/users")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.Names.ADMIN)
public class AdminUsersPage {

    /** What was typed into the new-account form, shown again when it is refused; never the password. */
    public record NewAccountForm(String username, String displayName, String role) {
        static final NewAccountForm EMPTY = new NewAccountForm("", "", Role.REVIEWER.name());
    }

    @CheckedTemplate(basePath = "AccountPages")
    static class Templates {
        static native TemplateInstance users(List<Account> accounts, NewAccountForm form, FormErrors errors,
                                             String saved);

        static native TemplateInstance user(Account account, FormErrors errors);
    }

    private final AccountService accounts;

    AdminUsersPage(AccountService accounts) {
        this.accounts = accounts;
    }

    @GET
    public TemplateInstance list(@RestQuery String saved) {
        return Templates.users(accounts.list(), NewAccountForm.EMPTY, FormErrors.none(), saved);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String username, @RestForm String displayName, @RestForm String role,
                         @RestForm String password) {
        try {
            Account account = accounts.create(
                    new NewAccount(username, password, Role.fromForm("role", role), displayName));
            return Response.seeOther(URI.create("/admin/users?saved=" + account.username)).build();
        } catch (InvalidFieldException e) {
            return refused(400, Templates.users(accounts.list(), new NewAccountForm(username, displayName, role),
                    FormErrors.of(e), null));
        } catch (UsernameTakenException e) {
            return refused(e.status(), Templates.users(accounts.list(), new NewAccountForm(username, displayName, role),
                    FormErrors.of("username", e.getMessage()), null));
        }
    }

    @GET
    @Path("{username}")
    public TemplateInstance edit(@RestPath String username) {
        return Templates.user(accounts.get(username), FormErrors.none());
    }

    @POST
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@RestPath String username, @RestForm String displayName, @RestForm String role,
                         @RestForm boolean enabled, @RestForm String password) {
        try {
            String newPassword = password == null || password.isEmpty() ? null : password;
            accounts.change(username, new AccountChange(Role.fromForm("role", role), displayName == null ? "" : displayName,
                    enabled, newPassword));
            return Response.seeOther(URI.create("/admin/users?saved=" + username)).build();
        } catch (InvalidFieldException e) {
            return refused(400, Templates.user(accounts.get(username), FormErrors.of(e)));
        } catch (LastAdminException e) {
            return refused(e.status(), Templates.user(accounts.get(username), FormErrors.of("role", e.getMessage())));
        }
    }

    private static Response refused(int status, TemplateInstance page) {
        return Response.status(status).entity(page).build();
    }
}
