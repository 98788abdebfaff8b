package factcheck.web;

import org.hibernate.exception.JDBCConnectionException;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises the failures that mean the database cannot be reached at the moment: a connection it closed (server
 * restarted, or a session ended by an administrator), a server that refuses connections, a pool with none to give.
 * They say nothing about the request, so they are answered {@code 503} with {@code Retry-After}, never {@code 500}.
 */
final class DatabaseUnavailable {

    /** SQLSTATE class 08 is "connection exception"; 57P01-57P03 are PostgreSQL shutting down or starting up. */
    private static final Set<String> SHUTDOWN_STATES = Set.of("57P01", "57P02", "57P03");

    private DatabaseUnavailable() {
    }

    /** Whether the failure, or anything it was caused by or suppressed, is a lost or refused database connection. */
    static boolean isCauseOf(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        return isCauseOf(failure, seen);
    }

    private static boolean isCauseOf(Throwable failure, Set<Throwable> seen) {
        if (failure == null || !seen.add(failure)) {
            return false;
        }
        if (failure instanceof JDBCConnectionException || failure instanceof SQLException sql && isConnectionLoss(sql)) {
            return true;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            if (isCauseOf(suppressed, seen)) {
                return true;
            }
        }
        return isCauseOf(failure.getCause(), seen);
    }

    private static boolean isConnectionLoss(SQLException e) {
        String state = e.getSQLState();
        if (state != null) {
            return state.startsWith("08") || SHUTDOWN_STATES.contains(state);
        }
        // Agroal reports a pool that had no connection to give, in time, without a SQLSTATE.
        return e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout");
    }
}
