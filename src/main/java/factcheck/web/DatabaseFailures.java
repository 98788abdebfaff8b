package factcheck.web;

import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import org.hibernate.ObjectNotFoundException;
import org.hibernate.StaleStateException;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Database failures that describe the request rather than a broken server: another request changed or removed
 * the same rows at the same moment, or a text holds a character PostgreSQL cannot store. Services answer the
 * races they expect with messages of their own; this answers the rest, such as a conflict that surfaces only as
 * the transaction commits, with 409, 404 or 400 instead of 500.
 */
final class DatabaseFailures {

    private static final String SAVED_MEANWHILE = "Someone else changed or removed this at the same moment. Reload it,"
            + " then apply your change again.";

    private DatabaseFailures() {
    }

    static Optional<Problem> problemFor(Throwable failure, String instance) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException
                    || cause instanceof PessimisticLockException) {
                return Optional.of(Problem.of(409, SAVED_MEANWHILE, instance));
            }
            if (cause instanceof EntityNotFoundException || cause instanceof ObjectNotFoundException) {
                return Optional.of(Problem.of(404, "What this request refers to was removed meanwhile.", instance));
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                Optional<Problem> problem = problemFor(sql.getSQLState(), instance);
                if (problem.isPresent()) {
                    return problem;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Problem> problemFor(String sqlState, String instance) {
        return switch (sqlState) {
            // foreign key or unique violation, serialization failure, deadlock: a race with another request
            case "23503", "23505", "40001", "40P01" -> Optional.of(Problem.of(409, SAVED_MEANWHILE, instance));
            // character not in repertoire: a NUL that reached the database unchecked
            case "22021" -> Optional.of(Problem.of(400, "A text in the request contains a NUL character (U+0000),"
                    + " which cannot be stored.", instance));
            default -> Optional.empty();
        };
    }
}
