package factcheck.support;

import factcheck.account.LoginGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Empties every table, the change history and accounts included, and forgets failed logins, so each test starts
 * from nothing and makes the data it needs.
 */
@ApplicationScoped
public class TestDatabase {

    @Inject
    EntityManager entityManager;

    @Inject
    LoginGuard loginGuard;

    @Transactional
    public void reset() {
        entityManager.createNativeQuery("truncate table note, source, claim, article,"
                + " note_aud, source_aud, claim_aud, article_aud, revision, api_token, account cascade").executeUpdate();
        loginGuard.forgetFailures();
    }
}
