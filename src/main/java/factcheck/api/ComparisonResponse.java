package factcheck.api;

import factcheck.comparison.Difference;
import factcheck.comparison.PairStatus;
import factcheck.comparison.SentencePair;

import java.util.List;

/** The article's sentences in text order, each beside its counterpart in the original. */
record ComparisonResponse(List<Pair> pairs) {

    /**
     * @param claimId          the claim covering the sentence, if any
     * @param originalSentence null for a sentence NOT_IN_ORIGINAL
     */
    record Pair(Long claimId, int start, int end, String sentence, String originalSentence, PairStatus status,
                List<Difference> differences) {

        static Pair from(SentencePair pair, Long claimId) {
            return new Pair(claimId, pair.start(), pair.end(), pair.sentence(), pair.originalSentence(), pair.status(),
                    pair.differences());
        }
    }
}
