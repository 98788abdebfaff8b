package factcheck.web;

import factcheck.config.WorkbenchConfig;
import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Derives a browser session's CSRF token: an HMAC-SHA256 of the session's secret under the server's session key
 * ({@code FACTCHECK_SESSION_KEY}). Another site can neither read the token nor make one, and it changes with every
 * session, so a token seen once is no use in another browser or after signing out. Every instance with the same
 * key derives the same token; without a key each start makes one, as it does for the session cookies.
 */
@ApplicationScoped
public class CsrfTokens {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    CsrfTokens(WorkbenchConfig config) {
        this.key = new SecretKeySpec(config.sessionKey().filter(value -> !value.isBlank())
                .map(value -> value.getBytes(StandardCharsets.UTF_8))
                .orElseGet(CsrfTokens::randomKey), ALGORITHM);
    }

    /** The token that forms of the browser session with this secret must carry. */
    public String forSession(String sessionSecret) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal(("csrf:" + sessionSecret).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has " + ALGORITHM, e);
        }
    }

    private static byte[] randomKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
