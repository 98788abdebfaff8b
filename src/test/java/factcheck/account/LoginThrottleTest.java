package factcheck.account;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginThrottleTest {

    private Instant now = Instant.parse("2026-11-28T10:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(15), new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void locksAfterTooManyFailuresUntilTheLockoutPasses() {
        fail(3);
        assertTrue(throttle.isLocked("alice from 10.0.0.1"));

        now = now.plus(Duration.ofMinutes(14));
        assertTrue(throttle.isLocked("alice from 10.0.0.1"), "still locked within the lockout");

        now = now.plus(Duration.ofMinutes(2));
        assertFalse(throttle.isLocked("alice from 10.0.0.1"), "free again after the lockout");
    }

    @Test
    void fewerFailuresDoNotLock() {
        fail(2);
        assertFalse(throttle.isLocked("alice from 10.0.0.1"));
    }

    @Test
    void successForgetsEarlierFailures() {
        fail(2);
        throttle.recordSuccess("alice from 10.0.0.1");
        fail(2);
        assertFalse(throttle.isLocked("alice from 10.0.0.1"));
    }

    @Test
    void attemptsTheDatabaseCouldNotCheckDoNotCount() {
        for (int i = 0; i < 10; i++) {
            throttle.recordAttempt("alice from 10.0.0.1");
            throttle.forgetAttempt("alice from 10.0.0.1");
        }
        fail(2);
        assertFalse(throttle.isLocked("alice from 10.0.0.1"));
    }

    @Test
    void oldFailuresExpire() {
        fail(2);
        now = now.plus(Duration.ofMinutes(16));
        fail(1);
        assertFalse(throttle.isLocked("alice from 10.0.0.1"));
    }

    @Test
    void eachAccountAndAddressCountsApart() {
        fail(3);
        assertFalse(throttle.isLocked("alice from 10.0.0.2"));
        assertFalse(throttle.isLocked("bob from 10.0.0.1"));
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordAttempt("alice from 10.0.0.1");
        }
    }
}
