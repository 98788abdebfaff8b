package factcheck.account;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CreateTokenRequest(@Schema(required = true, description = "What the token is for") String name) {
}
