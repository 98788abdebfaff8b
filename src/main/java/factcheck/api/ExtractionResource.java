package factcheck.api;

import factcheck.account.Role;
import factcheck.article.ArticleService;
import factcheck.extraction.ClaimExtractor;
import factcheck.extraction.ExtractedClaim;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

import static factcheck.web.RequestBodies.required;

/** A preview of what an import would propose, for editors tuning their texts; nothing is stored. */
@Path("/api/extract")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Extraction")
@RolesAllowed(Role.Names.REVIEWER)
class ExtractionResource {

    private final ClaimExtractor extractor;
    private final ArticleService articles;

    ExtractionResource(ClaimExtractor extractor, ArticleService articles) {
        this.extractor = extractor;
        this.articles = articles;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The claims a text would yield, with scores, reasons, kinds and quantities; stores nothing")
    public ExtractionResponse extract(ExtractionRequest request) {
        // The same checks and line-break normalisation as an import, so the offsets match what it would store.
        return new ExtractionResponse(extractor.extract(articles.checkedText(required(request).text())));
    }

    public record ExtractionRequest(@Schema(required = true) String text) {
    }

    public record ExtractionResponse(List<ExtractedClaim> claims) {
    }
}
