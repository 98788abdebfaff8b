package factcheck.api;

import factcheck.comparison.PairStatus;
import factcheck.comparison.SentencePair;
import factcheck.original.ArticleOriginal;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** An article's original, with how many of the article's sentences are the same, reworded, altered or new. */
record OriginalResponse(long articleId, Long sourceArticleId, String text, String attachedBy, Instant attachedAt,
                        Map<PairStatus, Long> sentences) {

    static OriginalResponse from(ArticleOriginal original) {
        Map<PairStatus, Long> counts = new EnumMap<>(PairStatus.class);
        for (PairStatus status : PairStatus.values()) {
            counts.put(status, 0L);
        }
        for (SentencePair pair : original.pairs) {
            counts.merge(pair.status(), 1L, Long::sum);
        }
        return new OriginalResponse(original.articleId, original.sourceArticleId, original.text, original.attachedBy,
                original.attachedAt, counts);
    }
}
