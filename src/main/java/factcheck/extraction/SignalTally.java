package factcheck.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The readable signals of one sentence as they are added: each signal's kind, hand-set strength
 * and what was found, kept as parallel array entries rather than objects, since a text has
 * thousands of sentences and most are never shown. The strengths summed by kind are what the
 * {@link ClaimModel} weighs. One tally serves the sentences of a text one after the other; not
 * thread-safe.
 */
final class SignalTally {

    /** Room for the signals of most sentences; a sentence with more grows the arrays. */
    private static final int INITIAL_CAPACITY = 16;

    private int count;
    private SignalKind[] kinds = new SignalKind[INITIAL_CAPACITY];
    private double[] weights = new double[INITIAL_CAPACITY];
    private String[] labels = new String[INITIAL_CAPACITY];
    @SuppressWarnings("unchecked")
    private List<String>[] items = (List<String>[]) new List<?>[INITIAL_CAPACITY];
    private String[] suffixes = new String[INITIAL_CAPACITY];
    private final double[] byKind = new double[SignalKind.ALL.length];

    /** Starts a sentence: forgets the signals of the one before. */
    void start() {
        count = 0;
        Arrays.fill(byKind, 0);
    }

    /** A signal listing items: "label item, item suffix". */
    void add(SignalKind kind, double weight, String label, List<String> found, String suffix) {
        if (count == weights.length) {
            kinds = Arrays.copyOf(kinds, count * 2);
            weights = Arrays.copyOf(weights, count * 2);
            labels = Arrays.copyOf(labels, count * 2);
            items = Arrays.copyOf(items, count * 2);
            suffixes = Arrays.copyOf(suffixes, count * 2);
        }
        kinds[count] = kind;
        weights[count] = weight;
        labels[count] = label;
        items[count] = found;
        suffixes[count] = suffix;
        byKind[kind.ordinal()] += weight;
        count++;
    }

    void add(Signal signal) {
        add(signal.kind(), signal.weight(), signal.label(), null, null);
    }

    /** The hand-set strength of each kind of signal in this sentence, 0 for kinds it does not show. */
    double[] strengths() {
        return byKind.clone();
    }

    /**
     * Every signal added since {@link #start}, written with the weight shown for its kind, in the
     * order added; signals whose shown weight rounds to nothing are left out.
     */
    List<Reason> reasons(double[] shownByKind) {
        List<Reason> reasons = new ArrayList<>(count + 1);
        for (int k = 0; k < count; k++) {
            double shown = shownByKind[kinds[k].ordinal()];
            if (Math.abs(shown) >= Reason.SMALLEST_SHOWN) {
                reasons.add(new Reason(shown, Signal.reason(labels[k], items[k], suffixes[k], shown)));
            }
        }
        return reasons;
    }
}
