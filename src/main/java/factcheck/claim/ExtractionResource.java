package factcheck.claim;

import factcheck.article.ArticleTooLargeException;
import factcheck.extraction.ClaimExtractor;
import factcheck.extraction.ExtractedClaim;
import factcheck.web.InvalidFieldException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static factcheck.web.RequestBodies.required;

/** A preview of what an import would propose, for editors tuning their texts; nothing is stored. */
@Path("/api/extract")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Extraction")
public class ExtractionResource {

    private final ClaimExtractor extractor;
    private final long maxBytes;

    ExtractionResource(ClaimExtractor extractor, @ConfigProperty(name = "factcheck.import.max-bytes") long maxBytes) {
        this.extractor = extractor;
        this.maxBytes = maxBytes;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The claims a text would yield, with scores, reasons, kinds and quantities; stores nothing")
    public ExtractionResponse extract(ExtractionRequest request) {
        String text = required(request).text();
        if (text == null || text.isBlank()) {
            throw new InvalidFieldException("text", "The text is empty.");
        }
        long bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxBytes) {
            throw new ArticleTooLargeException(bytes, maxBytes);
        }
        return new ExtractionResponse(extractor.extract(text));
    }

    public record ExtractionRequest(@Schema(required = true) String text) {
    }

    public record ExtractionResponse(List<ExtractedClaim> claims) {
    }
}
