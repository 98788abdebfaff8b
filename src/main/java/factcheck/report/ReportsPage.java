package factcheck.report;

import factcheck.account.Role;
import factcheck.claim.Verdict;
import factcheck.config.WorkbenchConfig;
import factcheck.input.InvalidFieldException;
import factcheck.web.FormErrors;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;

/**
 * The reports page for signed-in browsers: a filter form, the totals of the matching claims, and buttons for the
 * report in each format (the API only takes Basic or token credentials, so the downloads are served here too).
 */
@Path("/reports")
@RolesAllowed(Role.Names.REVIEWER)
public class ReportsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reports(ReportForm form, FormErrors errors, ReportCollection collection,
                                               String query, String timeZone);
    }

    private final ReportService reports;
    private final ReportDownload download;
    private final String timeZone;

    ReportsPage(ReportService reports, ReportDownload download, WorkbenchConfig config) {
        this.reports = reports;
        this.download = download;
        this.timeZone = config.organization().timeZone().getId();
    }

    /** The form; with any criterion filled in (or "all claims" asked for), the totals and download buttons. */
    @GET
    public Response page(@RestQuery String from, @RestQuery String to, @RestQuery String verdict,
                         @RestQuery String reviewer, @RestQuery String outlet, @RestQuery String scope,
                         @RestQuery boolean run) {
        ReportForm form = new ReportForm(from, to, verdict, reviewer, outlet, scope);
        try {
            ReportFilter filter = ReportFilter.parse(from, to, verdict, reviewer, outlet, scope);
            ReportCollection collection = run ? reports.reportOf(filter) : null;
            return html(200, Templates.reports(form, FormErrors.none(), collection, filter.query(), timeZone));
        } catch (InvalidFieldException e) {
            return html(400, Templates.reports(form, FormErrors.of(e), null, "", timeZone));
        }
    }

    @GET
    @Path("export")
    public Response export(@RestQuery String from, @RestQuery String to, @RestQuery String verdict,
                           @RestQuery String reviewer, @RestQuery String outlet, @RestQuery String scope,
                           @RestQuery String format, HttpHeaders headers) {
        try {
            ReportFilter filter = ReportFilter.parse(from, to, verdict, reviewer, outlet, scope);
            return download.of(reports.reportOf(filter), format, headers);
        } catch (InvalidFieldException e) {
            return html(400, Templates.reports(new ReportForm(from, to, verdict, reviewer, outlet, scope),
                    FormErrors.of(e), null, "", timeZone));
        }
    }

    private static Response html(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }

    /** The form as typed, and the verdicts and scopes it offers. */
    public record ReportForm(String from, String to, String verdict, String reviewer, String outlet, String scope) {

        public List<Verdict> verdicts() {
            return List.of(Verdict.values());
        }

        public boolean isVerdict(Verdict value) {
            return value.name().equalsIgnoreCase(verdict == null ? "" : verdict.strip());
        }

        public List<ReportScope> scopes() {
            return List.of(ReportScope.values());
        }

        /** Whether the scope was chosen; all claims when none was. */
        public boolean isScope(ReportScope value) {
            return scope == null || scope.isBlank() ? value == ReportScope.ALL
                    : value.parameter().equalsIgnoreCase(scope.strip());
        }
    }
}
