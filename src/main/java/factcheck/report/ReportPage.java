package factcheck.report;

import factcheck.account.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The report downloads behind the article page's export buttons: the same documents as the API's, for a browser
 * signed in with its session (the API takes only Basic or token credentials).
 */
@Path("/articles/{id}/report")
@RolesAllowed(Role.Names.REVIEWER)
public class ReportPage {

    private final ReportService reports;
    private final ReportDownload download;

    ReportPage(ReportService reports, ReportDownload download) {
        this.reports = reports;
        this.download = download;
    }

    @GET
    public Response report(@RestPath long id, @RestQuery String format, @RestQuery String scope,
                           HttpHeaders headers) {
        return download.of(reports.reportOf(id, ReportScope.fromParameter(scope)), format, headers);
    }
}
