package factcheck.comparison;

import java.util.List;

/**
 * A copy compared with its original.
 *
 * @param pairs one per sentence of the copy, in the copy's order
 */
public record Comparison(List<SentencePair> pairs) {

    public Comparison {
        pairs = List.copyOf(pairs);
    }
}
