package factcheck.extraction;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.optimisers.AdaGradRDA;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains the check-worthiness logistic regression with Tribuo (linear SGD on the logistic loss,
 * AdaGrad with regularised dual averaging for an L2 penalty). Signal strengths are scaled up
 * before training so that the one penalty, sized for the 384 embedding weights, holds the few
 * signal weights far less: they are meant to be read and may be large.
 */
final class LogisticTrainer {

    /**
     * Settings chosen by leave-one-genre-out cross-validation on the training genres: debate
     * sentences' weight, the L2 penalty applied at every step, epochs, and the factor signal
     * strengths are multiplied by.
     */
    record Settings(double debateWeight, double l2, int epochs, double signalScale) {
        static final Settings CHOSEN = new Settings(1.0, 2.5e-6, 8, 10);
    }

    private static final Label CLAIM = new Label("claim");
    private static final Label NOT_CLAIM = new Label("not");
    private static final long SEED = 20261207L;

    private LogisticTrainer() {
    }

    static ClaimModel.Weights train(List<LabelledSentence> data, Settings settings, boolean withEmbedding) {
        int dimensions = withEmbedding ? data.get(0).embedding().length : 0;
        String[] names = featureNames(dimensions);
        MutableDataset<Label> dataset = new MutableDataset<>(
                new SimpleDataSourceProvenance("labelled sentences", OffsetDateTime.now(), new LabelFactory()),
                new LabelFactory());
        for (LabelledSentence s : data) {
            float weight = (float) ("debate".equals(s.genre()) ? settings.debateWeight() : 1.0);
            if (weight > 0) {
                ArrayExample<Label> example = new ArrayExample<>(s.checkWorthy() ? CLAIM : NOT_CLAIM, names,
                        values(s, dimensions, settings.signalScale()));
                example.setWeight(weight);
                dataset.add(example);
            }
        }
        LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(),
                // The last argument scales the penalties per step (l2 / it): 1 leaves l2 as given.
                new AdaGradRDA(0.1, 1e-6, 0, settings.l2(), 1), settings.epochs(), Integer.MAX_VALUE, 1,
                SEED);
        LinearSGDModel model = (LinearSGDModel) trainer.train(dataset);
        return weights(model, dimensions, settings.signalScale());
    }

    private static String[] featureNames(int dimensions) {
        List<String> names = new ArrayList<>();
        for (SignalKind kind : SignalKind.ALL) {
            names.add("signal." + kind);
        }
        for (int d = 0; d < dimensions; d++) {
            names.add(String.format("embedding.%03d", d));
        }
        return names.toArray(new String[0]);
    }

    private static double[] values(LabelledSentence s, int dimensions, double signalScale) {
        double[] values = new double[SignalKind.ALL.length + dimensions];
        for (int k = 0; k < SignalKind.ALL.length; k++) {
            values[k] = s.strengths()[k] * signalScale;
        }
        for (int d = 0; d < dimensions; d++) {
            values[SignalKind.ALL.length + d] = s.embedding()[d];
        }
        return values;
    }

    /** The claim row minus the other row of the two-class softmax: the weights of one logistic regression. */
    private static ClaimModel.Weights weights(LinearSGDModel model, int dimensions, double signalScale) {
        DenseMatrix w = model.getWeightsCopy();
        ImmutableOutputInfo<Label> outputs = model.getOutputIDInfo();
        ImmutableFeatureMap features = model.getFeatureIDMap();
        int claim = outputs.getID(CLAIM);
        int not = outputs.getID(NOT_CLAIM);
        int biasColumn = w.getDimension2Size() - 1;
        double[] signals = new double[SignalKind.ALL.length];
        for (SignalKind kind : SignalKind.ALL) {
            int id = features.getID("signal." + kind);
            signals[kind.ordinal()] = id < 0 ? 0 : (w.get(claim, id) - w.get(not, id)) * signalScale;
        }
        float[] embedding = new float[dimensions];
        for (int d = 0; d < dimensions; d++) {
            int id = features.getID(String.format("embedding.%03d", d));
            embedding[d] = id < 0 ? 0 : (float) (w.get(claim, id) - w.get(not, id));
        }
        return new ClaimModel.Weights(w.get(claim, biasColumn) - w.get(not, biasColumn), signals,
                dimensions == 0 ? null : embedding);
    }
}
