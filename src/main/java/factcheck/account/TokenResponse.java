package factcheck.account;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** An API token's description; {@code token} itself is present only in the answer that created it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TokenResponse(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt,
                            Instant revokedAt,
                            @Schema(description = "The token; shown once, in the answer to its creation") String token) {

    public static TokenResponse from(ApiToken token) {
        return new TokenResponse(token.id, token.name, token.prefix, token.createdAt, token.lastUsedAt,
                token.revokedAt, null);
    }

    public static TokenResponse from(IssuedToken issued) {
        ApiToken token = issued.token();
        return new TokenResponse(token.id, token.name, token.prefix, token.createdAt, null, null, issued.secret());
    }
}
