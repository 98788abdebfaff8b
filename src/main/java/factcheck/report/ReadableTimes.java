package factcheck.report;

import factcheck.config.WorkbenchConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Times as the readers of a report see them: to the minute, in the organisation's time zone, which is named, as in
 * "2024-03-23 14:05 CET". Seconds only tell two saves of one review apart, which no reader needs. The data formats
 * (JSON, ClaimReview) keep exact UTC instants for programs.
 */
@ApplicationScoped
public class ReadableTimes {

    private final DateTimeFormatter format;

    @Inject
    ReadableTimes(WorkbenchConfig config) {
        this(config.organization().timeZone());
    }

    ReadableTimes(ZoneId zone) {
        this.format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ENGLISH).withZone(zone);
    }

    /** "2024-03-23 14:05 UTC". */
    public String of(Instant time) {
        return format.format(time);
    }

    /** "2024-03-23 14:05 UTC", or {@code none} for a time that is not known (a claim not reviewed yet). */
    public String of(Instant time, String none) {
        return time == null ? none : of(time);
    }
}
