package factcheck.extraction;

import java.util.Arrays;
import java.util.List;

/**
 * The running check-worthiness weight of one sentence, summed as its signals are added, and the
 * signals themselves, kept as parallel array entries rather than objects: a claim shows five or
 * so, and a text has thousands of claims. Their reasons are written only by {@link #reasons},
 * which is asked of the sentences that are shown; about half the sentences of a text are below
 * the threshold and never are. One tally serves the sentences of a text one after the other;
 * not thread-safe.
 */
final class SignalTally {

    /** Room for the signals of most sentences; a sentence with more grows the arrays. */
    private static final int INITIAL_CAPACITY = 16;

    private double sum;
    private double compensation;
    /** The kept signals, in the order added: a fixed signal has its whole reason as label and no items. */
    private int count;
    private double[] weights = new double[INITIAL_CAPACITY];
    private String[] labels = new String[INITIAL_CAPACITY];
    @SuppressWarnings("unchecked")
    private List<String>[] items = (List<String>[]) new List<?>[INITIAL_CAPACITY];
    private String[] suffixes = new String[INITIAL_CAPACITY];

    /** Starts a sentence: forgets the signals and the sum of the one before. */
    void start() {
        count = 0;
        sum = 0;
        compensation = 0;
    }

    /** A signal listing items: "label item, item suffix". */
    void add(double weight, String label, List<String> items, String suffix) {
        keep(weight, label, items, suffix);
        sum(weight);
    }

    void add(Signal signal) {
        keep(signal.weight(), signal.reason(), null, null);
        sum(signal.weight());
    }

    private void keep(double weight, String label, List<String> found, String suffix) {
        if (count == weights.length) {
            weights = Arrays.copyOf(weights, count * 2);
            labels = Arrays.copyOf(labels, count * 2);
            items = Arrays.copyOf(items, count * 2);
            suffixes = Arrays.copyOf(suffixes, count * 2);
        }
        weights[count] = weight;
        labels[count] = label;
        items[count] = found;
        suffixes[count] = suffix;
        count++;
    }

    /**
     * Adds a weight by compensated (Kahan) summation, with the arithmetic of
     * {@code DoubleStream.sum()}, which summed the weights before (weights are finite, so its NaN
     * fallback never applies): two reported hedges weigh -0.225, so a score can land exactly
     * half-way between two rounded values and the last bit decides.
     */
    private void sum(double weight) {
        double term = weight - compensation;
        double next = sum + term;
        compensation = (next - sum) - term;
        sum = next;
    }

    /** The sum of the weights added since {@link #start}. */
    double total() {
        return sum - compensation;
    }

    /**
     * Every signal added since {@link #start} as "reason (+weight)", strongest first; signals of
     * equal weight keep the order in which they were added.
     */
    List<String> reasons() {
        int[] order = strongestFirst();
        String[] reasons = new String[count];
        for (int k = 0; k < count; k++) {
            int s = order[k];
            reasons[k] = items[s] == null ? labels[s] : Signal.reason(labels[s], items[s], suffixes[s], weights[s]);
        }
        return List.of(reasons);
    }

    /** The kept signals' indexes by descending magnitude of weight; a stable insertion sort of a handful. */
    private int[] strongestFirst() {
        int[] order = new int[count];
        for (int k = 0; k < count; k++) {
            double strength = Math.abs(weights[k]);
            int j = k;
            while (j > 0 && Math.abs(weights[order[j - 1]]) < strength) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = k;
        }
        return order;
    }
}
