package factcheck.web;

import jakarta.persistence.PersistenceException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which failures mean "the database cannot be reached now" (503, try again) rather than a bug (500). */
class DatabaseUnavailableTest {

    @Test
    void aConnectionTheServerClosedIsAnOutage() {
        SQLException ended = new SQLException("terminating connection due to administrator command", "57P01");

        assertTrue(DatabaseUnavailable.isCauseOf(new PersistenceException("could not execute statement", ended)));
    }

    @Test
    void aRefusedOrBrokenConnectionIsAnOutage() {
        assertTrue(DatabaseUnavailable.isCauseOf(new RuntimeException(new SQLException("Connection refused", "08001"))));
        assertTrue(DatabaseUnavailable.isCauseOf(new JDBCConnectionException("An I/O error occurred",
                new SQLException("Broken pipe", "08006"))));
    }

    @Test
    void aPoolWithNoConnectionToGiveIsAnOutage() {
        assertTrue(DatabaseUnavailable.isCauseOf(new PersistenceException(
                new SQLException("Sorry, acquisition timeout!"))));
    }

    @Test
    void aCommitFailureCarryingTheLostConnectionAsSuppressedIsAnOutage() {
        RuntimeException commitFailed = new RuntimeException("could not commit");
        commitFailed.addSuppressed(new SQLException("This connection has been closed.", "08003"));

        assertTrue(DatabaseUnavailable.isCauseOf(commitFailed));
    }

    @Test
    void brokenRulesAndBugsAreNot() {
        assertFalse(DatabaseUnavailable.isCauseOf(new PersistenceException(
                new SQLException("duplicate key value violates unique constraint", "23505"))));
        assertFalse(DatabaseUnavailable.isCauseOf(new IllegalStateException("a bug")));
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);

        assertFalse(DatabaseUnavailable.isCauseOf(first));
    }
}
