package factcheck.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The learned check-worthiness model: a logistic regression over the strengths of the readable
 * signals ({@link SignalKind}) and, when the sentence was encoded, its sentence embedding. The
 * probability it gives is the score; a sentence is proposed from {@link #threshold()}, set when
 * the model was trained by cross-validation.
 *
 * <p>Every part of the score is shown as a reason with the weight it carries: how far it moves a
 * sentence that is otherwise undecided. What the embedding adds is named after the kind of sentence it is
 * closest to in meaning ("reads like a reported research finding"), from prototypes kept with
 * the weights. Sentences without an embedding (beyond the encoder's budget) are scored by a
 * second set of weights trained on the signals alone.
 *
 * <p>The weights live in {@code claim-model.txt} beside this class, written by the training
 * command (see docs/extraction.md). Instances are immutable and thread-safe.
 */
final class ClaimModel {

    private static final String RESOURCE = "claim-model.txt";
    private static final int SIGNALS = SignalKind.ALL.length;

    /** One logistic regression: a bias, a weight per signal kind and, optionally, per embedding dimension. */
    record Weights(double bias, double[] signals, float[] embedding) {

        double logit(double[] strengths, float[] vector) {
            double z = bias;
            for (int k = 0; k < signals.length; k++) {
                z += signals[k] * strengths[k];
            }
            return z + (vector == null ? 0 : dot(embedding, vector));
        }
    }

    /** The mean embedding of training sentences of one sort, and how a reason names that sort. */
    record Prototype(String description, float[] centre) {
    }

    /**
     * A sentence's score and its explanation.
     *
     * @param probability  the score, 0..1
     * @param shownByKind  per signal kind, the weight its reason shows (negative: lowers the score)
     * @param learned      what the embedding contributes, named, or null without one
     */
    record Judgement(double probability, double[] shownByKind, Reason learned) {
    }

    private final double threshold;
    private final double signalsThreshold;
    private final Weights withEmbedding;
    private final Weights signalsOnly;
    private final List<Prototype> prototypes;

    ClaimModel(double threshold, double signalsThreshold, Weights withEmbedding, Weights signalsOnly,
               List<Prototype> prototypes) {
        this.threshold = threshold;
        this.signalsThreshold = signalsThreshold;
        this.withEmbedding = withEmbedding;
        this.signalsOnly = signalsOnly;
        this.prototypes = List.copyOf(prototypes);
    }

    private static final class Standard {
        static final ClaimModel INSTANCE = load();

        private static ClaimModel load() {
            try (InputStream in = ClaimModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                return read(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The model shipped with the workbench. */
    static ClaimModel standard() {
        return Standard.INSTANCE;
    }

    /** The score from which a sentence with an embedding is proposed, calibrated when the model was trained. */
    double threshold() {
        return threshold;
    }

    /** The same for a sentence scored by its readable signals alone. */
    double signalsThreshold() {
        return signalsThreshold;
    }

    Judgement judge(double[] strengths, float[] embedding) {
        Weights weights = embedding == null ? signalsOnly : withEmbedding;
        double[] shown = new double[strengths.length];
        for (int k = 0; k < strengths.length; k++) {
            double part = weights.signals()[k] * strengths[k];
            shown[k] = part == 0 ? 0 : shown(part);
        }
        Reason learned = null;
        if (embedding != null) {
            double part = dot(weights.embedding(), embedding);
            learned = new Reason(shown(part), describe(embedding, part > 0) + Signal.weightText(shown(part)));
        }
        return new Judgement(sigmoid(weights.logit(strengths, embedding)), shown, learned);
    }

    /**
     * The weight a reason shows for a part of the logit: how far it moves the score of a sentence
     * that is otherwise undecided (0.5), so a signal shows the same weight in every sentence and
     * strong claims keep readable reasons instead of the near-zero changes of a saturated score.
     */
    private static double shown(double part) {
        return sigmoid(part) - 0.5;
    }

    /** The description of the prototype nearest in meaning among those on the side the embedding pushed to. */
    private String describe(float[] embedding, boolean raises) {
        String best = raises ? "reads like a checkable statement" : "reads like comment rather than fact";
        double bestSimilarity = Double.NEGATIVE_INFINITY;
        for (Prototype prototype : prototypes) {
            if (prototype.description().startsWith("+") != raises) {
                continue;
            }
            double similarity = dot(prototype.centre(), embedding);
            if (similarity > bestSimilarity) {
                bestSimilarity = similarity;
                best = prototype.description().substring(1);
            }
        }
        return best;
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    // ---- the file: one entry a line, "name value…", '#' starts a comment ----

    static ClaimModel read(Reader source) throws IOException {
        double threshold = Double.NaN;
        double signalsThreshold = Double.NaN;
        double[] biases = new double[2];
        double[][] signals = new double[2][SignalKind.ALL.length];
        float[] embedding = null;
        int biasLines = 0;
        int signalLines = 0;
        List<Prototype> prototypes = new ArrayList<>();
        BufferedReader reader = new BufferedReader(source);
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split(" ", 3);
            switch (parts[0]) {
                case "threshold" -> threshold = Double.parseDouble(parts[1]);
                case "threshold-signals" -> signalsThreshold = Double.parseDouble(parts[1]);
                case "bias" -> {
                    biases[set(parts[1])] = Double.parseDouble(parts[2]);
                    biasLines++;
                }
                case "signal" -> {
                    signalLines++;
                    String[] nameAndValue = parts[2].split(" ");
                    signals[set(parts[1])][SignalKind.valueOf(nameAndValue[0]).ordinal()] =
                            Double.parseDouble(nameAndValue[1]);
                }
                case "embedding" -> embedding = floats(parts[1] + " " + parts[2]);
                case "prototype" -> {
                    int bar = line.indexOf('|');
                    prototypes.add(new Prototype(line.substring("prototype ".length(), bar),
                            floats(line.substring(bar + 1))));
                }
                default -> throw new IllegalArgumentException("unknown model entry: " + parts[0]);
            }
        }
        if (Double.isNaN(threshold) || Double.isNaN(signalsThreshold) || embedding == null
                || signalLines != 2 * SIGNALS || biasLines != 2) {
            throw new IllegalArgumentException("the model needs both thresholds, both biases, a weight for every"
                    + " signal in both sets and the embedding weights");
        }
        for (Prototype prototype : prototypes) {
            if (prototype.centre().length != embedding.length) {
                throw new IllegalArgumentException("a prototype's length differs from the embedding's");
            }
        }
        return new ClaimModel(threshold, signalsThreshold, new Weights(biases[0], signals[0], embedding),
                new Weights(biases[1], signals[1], null), prototypes);
    }

    void write(Writer out, String provenance) throws IOException {
        for (String line : provenance.split("\n")) {
            out.write("# " + line + "\n");
        }
        out.write("threshold " + number(threshold) + "\n");
        out.write("threshold-signals " + number(signalsThreshold) + "\n");
        writeWeights(out, "full", withEmbedding);
        writeWeights(out, "signals", signalsOnly);
        out.write("embedding " + floats(withEmbedding.embedding()) + "\n");
        for (Prototype prototype : prototypes) {
            out.write("prototype " + prototype.description() + "|" + floats(prototype.centre()) + "\n");
        }
    }

    private static void writeWeights(Writer out, String set, Weights weights) throws IOException {
        out.write("bias " + set + " " + number(weights.bias()) + "\n");
        for (SignalKind kind : SignalKind.ALL) {
            out.write("signal " + set + " " + kind + " " + number(weights.signals()[kind.ordinal()]) + "\n");
        }
    }

    private static int set(String name) {
        return switch (name) {
            case "full" -> 0;
            case "signals" -> 1;
            default -> throw new IllegalArgumentException("unknown weight set: " + name);
        };
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }

    private static String floats(float[] values) {
        StringBuilder text = new StringBuilder(values.length * 10);
        for (float value : values) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(String.format(Locale.ROOT, "%.5f", value));
        }
        return text.toString();
    }

    private static float[] floats(String text) {
        String[] parts = text.trim().split(" ");
        float[] values = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = Float.parseFloat(parts[i]);
        }
        return values;
    }

    @Override
    public String toString() {
        return "ClaimModel[threshold=" + threshold + ", signals=" + Arrays.toString(withEmbedding.signals()) + "]";
    }
}
