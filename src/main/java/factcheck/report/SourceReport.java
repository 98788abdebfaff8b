package factcheck.report;

import factcheck.claim.Source;
import factcheck.claim.Stance;

import java.time.Instant;
import java.time.LocalDate;

/** A source cited for a claim; the access date is kept because pages change after they were consulted. */
public record SourceReport(long id, String title, String publisher, String url, Stance stance,
                           LocalDate publishedOn, Instant accessedAt) {

    static SourceReport from(Source source) {
        return new SourceReport(source.id, source.title, source.publisher, source.url, source.stance,
                source.publishedOn, source.accessedAt);
    }
}
