package factcheck.report;

import factcheck.account.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Reports across articles: every claim matching a filter, in the same formats as an article's report. Like that
 * one, it has no {@code @Produces}, so the {@code format} parameter wins over the Accept header.
 */
@Path("/api/reports")
@Tag(name = "Reports")
@RolesAllowed(Role.Names.REVIEWER)
public class ReportsResource {

    private final ReportService reports;
    private final ReportDownload download;

    ReportsResource(ReportService reports, ReportDownload download) {
        this.reports = reports;
        this.download = download;
    }

    @GET
    @Operation(summary = "The claims across articles that match the filter, grouped by article, with totals."
            + " Every criterion is optional; from and to select by review time, so only reviewed and dismissed"
            + " claims match them.")
    @APIResponse(responseCode = "200", description = "The report in the requested format", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = ReportCollection.class)),
            @Content(mediaType = "text/markdown"),
            @Content(mediaType = "text/csv"),
            @Content(mediaType = "text/html"),
            @Content(mediaType = "application/pdf"),
            @Content(mediaType = "application/ld+json")})
    @APIResponse(responseCode = "400", description = "A bad parameter (named in errors[].field), or more claims"
            + " match than one report holds")
    @APIResponse(responseCode = "406", description = "The Accept header allows none of the formats")
    public Response report(@Parameter(description = "First day of the review time, e.g. 2024-11-01, in the"
                                   + " organisation's time zone")
                           @RestQuery String from,
                           @Parameter(description = "Last day of the review time, inclusive")
                           @RestQuery String to,
                           @Parameter(description = "Only claims with this verdict, e.g. FALSE")
                           @RestQuery String verdict,
                           @Parameter(description = "Only claims reviewed or dismissed by this username")
                           @RestQuery String reviewer,
                           @Parameter(description = "Only claims of articles from this outlet (any case)")
                           @RestQuery String outlet,
                           @Parameter(description = "published (claims whose verdict is published), reviewed (reviewed"
                                   + " and dismissed claims) or all (the default)")
                           @RestQuery String scope,
                           @Parameter(description = "json, md, csv, html, pdf or claimreview; without it the Accept"
                                   + " header decides")
                           @RestQuery String format,
                           HttpHeaders headers) {
        ReportFilter filter = ReportFilter.parse(from, to, verdict, reviewer, outlet, scope);
        return download.of(reports.reportOf(filter), format, headers);
    }
}
