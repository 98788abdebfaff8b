package factcheck.api;

import factcheck.claim.Source;
import factcheck.claim.Stance;

import java.time.Instant;
import java.time.LocalDate;

record SourceResponse(long id, long claimId, String url, String title, String publisher, String excerpt,
                             Stance stance, LocalDate publishedOn, Instant accessedAt, Instant createdAt) {

    public static SourceResponse from(Source source) {
        return new SourceResponse(source.id, source.claim.id, source.url, source.title, source.publisher,
                source.excerpt, source.stance, source.publishedOn, source.accessedAt, source.createdAt);
    }
}
