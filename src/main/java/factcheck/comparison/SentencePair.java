package factcheck.comparison;

import java.util.List;

/**
 * A sentence of a copy with its counterpart in the original, if any.
 *
 * @param start            offset of the copy sentence in the copy, inclusive
 * @param end              offset of the copy sentence in the copy, exclusive
 * @param sentence         the copy sentence, {@code copy.substring(start, end)}
 * @param originalStart    offset of the counterpart in the original, or null when there is none; a
 *                         counterpart may be two original sentences that the copy merged into one
 * @param originalEnd      offset of the end of the counterpart in the original, exclusive, or null
 * @param originalSentence the counterpart, {@code original.substring(originalStart, originalEnd)}, or null
 * @param status           how the copy sentence relates to its counterpart
 * @param differences      the facts the copy sentence changed, added or left out, in its word order;
 *                         empty unless the status is {@link PairStatus#ALTERED}
 */
public record SentencePair(int start, int end, String sentence, Integer originalStart, Integer originalEnd,
                           String originalSentence, PairStatus status, List<Difference> differences) {

    public SentencePair {
        differences = List.copyOf(differences);
    }
}
