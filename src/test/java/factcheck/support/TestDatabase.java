package factcheck.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Empties every table, the change history included, so each test starts from nothing and makes the data it
 * needs.
 */
@ApplicationScoped
public class TestDatabase {

    @Inject
    EntityManager entityManager;

    @Transactional
    public void reset() {
        entityManager.createNativeQuery("truncate table note, source, claim, article,"
                + " note_aud, source_aud, claim_aud, article_aud, revision cascade").executeUpdate();
    }
}
