package factcheck.support;

import factcheck.account.LoginGuard;
import io.quarkus.arc.Unremovable;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Empties every table, the change history and accounts included, and forgets failed logins, so each test starts
 * from nothing and makes the data it needs. Test classes ask for it with {@link EmptyDatabase}.
 */
// Looked up through Arc by EmptyDatabase rather than injected, which Quarkus would take for an unused bean.
@Unremovable
@ApplicationScoped
public class TestDatabase {

    /** A request of the test before may still be finishing, and PostgreSQL may end the truncate to break a deadlock. */
    private static final int ATTEMPTS = 3;

    @Inject
    EntityManager entityManager;

    @Inject
    LoginGuard loginGuard;

    public void reset() {
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(this::truncateEverything);
                break;
            } catch (RuntimeException deadlocked) {
                if (attempt == ATTEMPTS) {
                    throw deadlocked;
                }
            }
        }
        loginGuard.forgetFailures();
    }

    private void truncateEverything() {
        entityManager.createNativeQuery("truncate table note, source, claim, article,"
                + " note_aud, source_aud, claim_aud, article_aud, revision, api_token, account cascade").executeUpdate();
    }
}
