package factcheck.support;

import java.time.Instant;

/** Waits for the wall clock, for tests that must show an output does not depend on when it was made. */
public final class WallClock {

    private WallClock() {
    }

    /** Returns once the clock shows a later second than when called: no fixed sleep, at most a second. */
    public static void waitForTheNextSecond() {
        long second = Instant.now().getEpochSecond();
        while (Instant.now().getEpochSecond() == second) {
            Thread.onSpinWait();
        }
    }
}
