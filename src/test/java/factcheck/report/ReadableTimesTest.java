package factcheck.report;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Times as a report's readers see them: to the minute, in the organisation's time zone, which is named. */
class ReadableTimesTest {

    private static final Instant SAVED = Instant.parse("2024-03-23T14:05:59.123456Z");

    @Test
    void givesTheMinuteWithoutSecondsOrTheirFractions() {
        assertEquals("2024-03-23 14:05 UTC", new ReadableTimes(ZoneId.of("UTC")).of(SAVED));
    }

    @Test
    void givesTheTimeInTheOrganisationsZoneWithItsDaylightSavingName() {
        ReadableTimes berlin = new ReadableTimes(ZoneId.of("Europe/Berlin"));

        assertEquals("2024-03-23 15:05 CET", berlin.of(SAVED));
        assertEquals("2024-07-01 00:30 CEST", berlin.of(Instant.parse("2024-06-30T22:30:00Z")));
    }

    @Test
    void saysSoWhenThereIsNoTime() {
        assertEquals("not yet", new ReadableTimes(ZoneId.of("UTC")).of(null, "not yet"));
    }
}
