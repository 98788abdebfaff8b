package factcheck.extraction;

import java.util.Comparator;
import java.util.List;

/** One written reason for a score and the weight it shows, by which reasons are ordered. */
record Reason(double weight, String text) {

    /** Weights that round to 0.00 are not worth a reviewer's attention. */
    static final double SMALLEST_SHOWN = 0.005;

    /** The texts, strongest weight first; reasons of equal strength keep their order. */
    static List<String> strongestFirst(List<Reason> reasons) {
        return reasons.stream()
                .sorted(Comparator.comparingDouble((Reason r) -> Math.abs(r.weight())).reversed())
                .map(Reason::text)
                .toList();
    }
}
