package factcheck.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * The running check-worthiness weight of one sentence, summed as its signals are added, and the
 * signals themselves when they are to be shown. Nobody sees the reasons of a sentence below the
 * threshold, and about half the sentences of a text are: they are scored without a signal object
 * or a list of items. One tally serves the sentences of a text one after the other; not
 * thread-safe.
 */
final class SignalTally {

    private final List<Signal> signals = new ArrayList<>();
    private boolean listing;
    private double sum;
    private double compensation;

    /** Starts a sentence; with {@code listing}, its signals are kept for {@link #signals}. */
    void start(boolean listing) {
        this.listing = listing;
        signals.clear();
        sum = 0;
        compensation = 0;
    }

    /** True when the signals are kept, so that their items are worth listing. */
    boolean listing() {
        return listing;
    }

    /** A signal listing items, which may be null when the tally is not {@link #listing}. */
    void add(double weight, String label, List<String> items, String suffix) {
        if (listing) {
            signals.add(new Signal(label, items, suffix, weight));
        }
        sum(weight);
    }

    void add(Signal signal) {
        if (listing) {
            signals.add(signal);
        }
        sum(signal.weight());
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

    /** The signals added since {@link #start}, in order; empty unless {@link #listing}. */
    List<Signal> signals() {
        return signals;
    }
}
