package factcheck.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Counts wrong passwords per key (an account name and the address trying it) and refuses the key for a while after
 * too many, so passwords cannot be guessed by brute force. Only a checked password counts: a right one clears the
 * count, a wrong one adds to it, and requests still being checked count for nothing, so any number of requests
 * with the right password at once all pass. The decision for a checked password is taken atomically with the
 * count: once the key is locked, a right password that finishes its check later is refused too, so guesses sent
 * all at once gain nothing over guesses sent one by one. Memory only: each instance behind a load balancer counts
 * for itself.
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

    /** Whether the key is refused before its password is even checked. */
    boolean isLocked(String key) {
        Failures current = failures.get(key);
        return current != null && locked(current);
    }

    /**
     * Records the outcome of one password check and says whether the sign-in may go ahead: only a right password
     * for a key that is not locked.
     */
    boolean admit(String key, boolean rightPassword) {
        boolean[] admitted = {false};
        failures.compute(key, (k, current) -> {
            Failures live = current == null || expired(current) ? null : current;
            if (live != null && locked(live)) {
                return live;
            }
            if (rightPassword) {
                admitted[0] = true;
                return null;
            }
            return new Failures(live == null ? 1 : live.count() + 1, clock.instant());
        });
        if (failures.size() > 100_000) {
            failures.values().removeIf(this::expired);
        }
        return admitted[0];
    }

    void clear() {
        failures.clear();
    }

    private boolean locked(Failures entry) {
        return entry.count() >= maxFailures && !expired(entry);
    }

    private boolean expired(Failures entry) {
        return entry.last().plus(lockout).isBefore(clock.instant());
    }
}
