package factcheck.web;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import org.hibernate.StaleObjectStateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.sql.SQLException;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which database failures are the request's doing, found however deep the frameworks wrapped them. */
class DatabaseFailuresTest {

    @Test
    void aConflictFoundAtCommitIsAConflict() {
        RuntimeException atCommit = new RuntimeException("Error invoking subclass method",
                new OptimisticLockException("Batch update returned unexpected row count",
                        new StaleObjectStateException("factcheck.claim.Claim", 1L)));

        Problem problem = DatabaseFailures.problemFor(atCommit, "/api/articles/1").orElseThrow();

        assertEquals(409, problem.getStatus());
        assertEquals("/api/articles/1", problem.getInstance());
    }

    @ParameterizedTest(name = "SQLState {0}")
    @CsvSource({"23503, 409", "23505, 409", "40001, 409", "40P01, 409", "22021, 400"})
    void databaseErrorsCausedByTheRequestKeepTheirMeaning(String sqlState, int status) {
        PersistenceException failure = new PersistenceException("JDBC exception",
                new SQLException("ERROR: something", sqlState));

        assertEquals(status, DatabaseFailures.problemFor(failure, "/api/claims").orElseThrow().getStatus());
    }

    @Test
    void otherFailuresAreLeftForTheServerErrorAnswer() {
        Optional<Problem> problem = DatabaseFailures.problemFor(new PersistenceException("JDBC exception",
                new SQLException("ERROR: column does not exist", "42703")), "/api/claims");

        assertTrue(problem.isEmpty());
        assertTrue(DatabaseFailures.problemFor(new IllegalStateException("bug"), "/api/claims").isEmpty());
    }
}
