package factcheck.web;

import io.quarkus.qute.TemplateExtension;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Instants in a {@code <time>} element's {@code datetime} attribute: HTML allows at most three digits of a second
 * there, and PostgreSQL keeps six.
 */
@TemplateExtension
public final class DatetimeAttribute {

    private DatetimeAttribute() {
    }

    /** {@code <time datetime="{note.createdAt.datetime}">}: the instant to the millisecond, in UTC. */
    public static String datetime(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
