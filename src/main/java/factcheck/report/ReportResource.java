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
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * An article's verification report as JSON, Markdown, CSV, a printable HTML page, PDF, or ClaimReview markup.
 * <p>
 * There is deliberately no {@code @Produces}: the {@code format} parameter must win over any Accept header (a
 * browser following a download link sends its own), so the format is chosen here rather than by the framework.
 */
@Path("/api/articles/{id}/report")
@Tag(name = "Reports")
@RolesAllowed(Role.Names.REVIEWER)
public class ReportResource {

    private final ReportService reports;
    private final ReportDownload download;

    ReportResource(ReportService reports, ReportDownload download) {
        this.reports = reports;
        this.download = download;
    }

    @GET
    @Operation(summary = "The article's verification report: metadata, review summary, every claim with its"
            + " verdict, rationale and sources. Internal notes are never included.")
    @APIResponse(responseCode = "200", description = "The report in the requested format", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = ArticleReport.class)),
            @Content(mediaType = "text/markdown"),
            @Content(mediaType = "text/csv"),
            @Content(mediaType = "text/html"),
            @Content(mediaType = "application/pdf"),
            @Content(mediaType = "application/ld+json")})
    @APIResponse(responseCode = "400", description = "Unknown format or scope (named in errors[].field)")
    @APIResponse(responseCode = "404", description = "No such article")
    @APIResponse(responseCode = "406", description = "The Accept header allows none of the formats")
    public Response report(@RestPath long id,
                           @Parameter(description = "json, md, csv, html, pdf or claimreview (schema.org ClaimReview"
                                   + " JSON-LD of the reviewed claims); without it the Accept header decides")
                           @RestQuery String format,
                           @Parameter(description = "published (claims whose verdict is published), reviewed (reviewed"
                                   + " and dismissed claims) or all (the default)")
                           @RestQuery String scope,
                           HttpHeaders headers) {
        return download.of(reports.reportOf(id, ReportScope.fromParameter(scope)), format, headers);
    }
}
