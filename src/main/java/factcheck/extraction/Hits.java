package factcheck.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * What a pass finds of one kind in one sentence, as a list created on the first hit: most
 * sentences have none of most kinds, and every sentence of a text is analysed.
 */
final class Hits {

    private Hits() {
    }

    /** {@code hits} with {@code hit} added, created if it is null. */
    static List<String> add(List<String> hits, String hit) {
        List<String> list = hits == null ? new ArrayList<>(4) : hits;
        list.add(hit);
        return list;
    }

    /** Insertion-ordered and without repeats; the lists are a handful long, so a scan beats a set. */
    static List<String> addUnique(List<String> hits, String hit) {
        return hits != null && hits.contains(hit) ? hits : add(hits, hit);
    }

    static List<String> orEmpty(List<String> hits) {
        return hits == null ? List.of() : hits;
    }
}
