package factcheck.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Browser sessions kept on the server. A browser is signed in only while its session record lives: signing out
 * ends it, and a password change, a password reset or disabling the account ends all of the account's sessions,
 * so a copy of the cookies taken earlier stops working too.
 */
@ApplicationScoped
public class BrowserSessions {

    /** Last use is recorded at most this often, so a busy browser does not write on every request. */
    private static final Duration LAST_SEEN_PRECISION = Duration.ofMinutes(1);

    private final SecureRandom random = new SecureRandom();
    private final Duration timeout;

    BrowserSessions(@ConfigProperty(name = "quarkus.http.auth.form.timeout", defaultValue = "PT30M") Duration timeout) {
        this.timeout = timeout;
    }

    /** Starts a session for the account and returns the secret for its cookie; clears away sessions left unused. */
    @Transactional
    public String start(long accountId) {
        Instant now = Instant.now();
        BrowserSession.delete("lastSeenAt < ?1", now.minus(timeout));
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        BrowserSession session = new BrowserSession();
        session.tokenHash = ApiTokens.sha256(secret);
        session.accountId = accountId;
        session.createdAt = now;
        session.lastSeenAt = now;
        session.persist();
        return secret;
    }

    /**
     * The enabled account signed in by this session, if the secret names a live session of that username; the
     * session counts as used now.
     */
    @Transactional
    public Optional<LoginAccount> resume(String username, String secret) {
        if (secret == null || username == null) {
            return Optional.empty();
        }
        List<Object[]> rows = BrowserSession.getEntityManager().createQuery(
                        "select s, l from BrowserSession s, LoginAccount l where s.tokenHash = :hash"
                                + " and l.id = s.accountId and l.username = :username", Object[].class)
                .setParameter("hash", ApiTokens.sha256(secret))
                .setParameter("username", username)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        BrowserSession session = (BrowserSession) rows.get(0)[0];
        Instant now = Instant.now();
        if (session.lastSeenAt.isBefore(now.minus(timeout))) {
            session.delete();
            return Optional.empty();
        }
        if (session.lastSeenAt.isBefore(now.minus(LAST_SEEN_PRECISION))) {
            session.lastSeenAt = now;
        }
        return Optional.of((LoginAccount) rows.get(0)[1]);
    }

    /** Ends the session this secret names, if it still lives. */
    @Transactional
    public void end(String secret) {
        if (secret != null) {
            BrowserSession.delete("tokenHash", ApiTokens.sha256(secret));
        }
    }

    /** Ends every session of the account, in every browser. */
    @Transactional
    public void endAll(long accountId) {
        BrowserSession.delete("accountId", accountId);
    }
}
