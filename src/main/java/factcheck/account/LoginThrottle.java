package factcheck.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Counts password attempts per key (an account name and the address trying it) and refuses the key for a while
 * after too many failures, so passwords cannot be guessed by brute force. An attempt counts as failed until a
 * success for the same key clears it. Memory only: each instance behind a load balancer counts for itself.
 */
final class LoginThrottle {

    private record Failures(int count, Instant last) {
    }

    private final int maxFailures;
    private final Duration lockout;
    private final Clock clock;
    private final ConcurrentMap<String, Failures> failures = new ConcurrentHashMap<>();

    LoginThrottle(int maxFailures, Duration lockout, Clock clock) {
        this.maxFailures = maxFailures;
        this.lockout = lockout;
        this.clock = clock;
    }

    boolean isLocked(String key) {
        Failures current = failures.get(key);
        return current != null && current.count() >= maxFailures && !expired(current);
    }

    void recordAttempt(String key) {
        Instant now = clock.instant();
        failures.compute(key, (k, current) -> current == null || expired(current)
                ? new Failures(1, now)
                : new Failures(current.count() + 1, now));
        if (failures.size() > 100_000) {
            failures.values().removeIf(this::expired);
        }
    }

    /** Takes back an attempt that could not be checked (the database was unreachable): it was no wrong guess. */
    void forgetAttempt(String key) {
        failures.computeIfPresent(key, (k, current) -> current.count() <= 1 ? null
                : new Failures(current.count() - 1, current.last()));
    }

    void recordSuccess(String key) {
        failures.remove(key);
    }

    void clear() {
        failures.clear();
    }

    private boolean expired(Failures entry) {
        return entry.last().plus(lockout).isBefore(clock.instant());
    }
}
