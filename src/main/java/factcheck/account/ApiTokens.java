package factcheck.account;

import factcheck.input.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Issuing, listing, revoking and checking API tokens. Tokens are 256 random bits, so a fast hash (SHA-256) is
 * enough to store them: unlike passwords they cannot be guessed from a dictionary.
 */
@ApplicationScoped
public class ApiTokens {

    /** Marks the string as ours, so secret scanners and people can tell what leaked. */
    static final String TOKEN_PREFIX = "fcw_";
    static final int NAME_MAX = 100;
    /** Last use is recorded at most this often, so busy clients do not write on every request. */
    private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    private final SecureRandom random = new SecureRandom();

    @Transactional
    public IssuedToken issue(String username, String name) {
        String checkedName = Texts.required("name", name, NAME_MAX, "Name the token, e.g. after the tool that uses it.");
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken token = new ApiToken();
        token.account = Account.findByUsername(username).orElseThrow(() -> new AccountNotFoundException(username));
        token.name = checkedName;
        token.tokenHash = sha256(secret);
        token.prefix = secret.substring(0, 10);
        token.persist();
        return new IssuedToken(token, secret);
    }

    public List<ApiToken> list(String username) {
        return ApiToken.list("account.username = ?1 order by createdAt desc, id desc", username);
    }

    /** Revokes one of the user's own tokens; someone else's is reported as missing, as it is to them. */
    @Transactional
    public ApiToken revoke(String username, long id) {
        ApiToken token = ApiToken.<ApiToken>find("id = ?1 and account.username = ?2", id, username)
                .firstResultOptional().orElseThrow(() -> new ApiTokenNotFoundException(id));
        if (token.revokedAt == null) {
            token.revokedAt = Instant.now();
        }
        return token;
    }

    /** Revokes every live token of the account. */
    @Transactional
    void revokeAll(Account account) {
        ApiToken.update("revokedAt = ?1 where account = ?2 and revokedAt is null", Instant.now(), account);
    }

    /** The enabled account a live token belongs to, if the secret is one. */
    @Transactional
    public Optional<LoginAccount> authenticate(String secret) {
        if (secret == null || !secret.startsWith(TOKEN_PREFIX)) {
            return Optional.empty();
        }
        List<Object[]> rows = ApiToken.getEntityManager().createQuery(
                        "select t, l from ApiToken t, LoginAccount l where t.tokenHash = :hash"
                                + " and t.revokedAt is null and l.id = t.account.id", Object[].class)
                .setParameter("hash", sha256(secret))
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        ApiToken token = (ApiToken) rows.get(0)[0];
        Instant now = Instant.now();
        if (token.lastUsedAt == null || token.lastUsedAt.isBefore(now.minus(LAST_USE_PRECISION))) {
            token.lastUsedAt = now;
        }
        return Optional.of((LoginAccount) rows.get(0)[1]);
    }

    static String sha256(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
