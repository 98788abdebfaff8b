package factcheck.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Trains a {@link ClaimModel} from labelled news sentences (and, as extra examples, debate
 * sentences): the weights with and without the embedding, the prototypes that name what the
 * embedding adds, and the threshold, calibrated by leave-one-genre-out cross-validation among
 * the genres given, so it is never set on text the model was trained on.
 */
final class ClaimModelTraining {

    private ClaimModelTraining() {
    }

    static ClaimModel train(List<LabelledSentence> news, List<LabelledSentence> debate,
                            LogisticTrainer.Settings settings) {
        List<LabelledSentence> all = new ArrayList<>(news);
        all.addAll(debate);
        return new ClaimModel(calibratedThreshold(news, debate, settings, true),
                calibratedThreshold(news, debate, settings, false), LogisticTrainer.train(all, settings, true),
                LogisticTrainer.train(all, settings, false), Prototypes.of(news));
    }

    /**
     * The threshold that maximises the mean F1 over genres when each genre is scored by a model
     * trained without it: the threshold a model meets on a genre it has not seen.
     */
    static double calibratedThreshold(List<LabelledSentence> news, List<LabelledSentence> debate,
                                      LogisticTrainer.Settings settings, boolean withEmbedding) {
        Map<String, List<double[]>> outOfFold = new LinkedHashMap<>();
        for (String genre : genres(news)) {
            List<LabelledSentence> training = new ArrayList<>(debate);
            news.stream().filter(s -> !s.genre().equals(genre)).forEach(training::add);
            ClaimModel.Weights weights = LogisticTrainer.train(training, settings, withEmbedding);
            List<double[]> scored = new ArrayList<>();
            for (LabelledSentence s : news) {
                if (s.genre().equals(genre)) {
                    float[] embedding = withEmbedding ? s.embedding() : null;
                    double p = ClaimModel.sigmoid(weights.logit(s.strengths(), embedding));
                    scored.add(new double[] {Math.round(p * 100) / 100.0, s.checkWorthy() ? 1 : 0});
                }
            }
            outOfFold.put(genre, scored);
        }
        double best = 0.5;
        double bestF1 = -1;
        for (int t = 5; t <= 95; t++) {
            double threshold = t / 100.0;
            double meanF1 = outOfFold.values().stream().mapToDouble(scored -> f1(scored, threshold)).average()
                    .orElse(0);
            if (meanF1 > bestF1) {
                bestF1 = meanF1;
                best = threshold;
            }
        }
        return best;
    }

    static TreeSet<String> genres(List<LabelledSentence> sentences) {
        TreeSet<String> genres = new TreeSet<>();
        sentences.forEach(s -> genres.add(s.genre()));
        return genres;
    }

    private static double f1(List<double[]> scored, double threshold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (double[] s : scored) {
            boolean proposed = s[0] >= threshold;
            if (proposed && s[1] == 1) {
                tp++;
            } else if (proposed) {
                fp++;
            } else if (s[1] == 1) {
                fn++;
            }
        }
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }
}
