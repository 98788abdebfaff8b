package factcheck.extraction;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Trains the claim detector shipped with the workbench and writes its weights:
 * {@code ./mvnw -Ptrain-claim-model test-compile exec:java}. It learns from every gold file of
 * the training genres and the ClaimBuster training sentences, never from the held-out genres,
 * and is deterministic: the same data gives the same file.
 */
public final class TrainClaimModel {

    private TrainClaimModel() {
    }

    public static void main(String[] args) throws IOException {
        Logger.getLogger("org.tribuo").setLevel(Level.WARNING);
        Path target = Path.of(args[0]);
        CachedEncoder encoder = CachedEncoder.inBuildFolder();
        List<GoldFile> files = Corpus.training();
        List<LabelledSentence> news = TrainingSentences.of(files, encoder);
        List<LabelledSentence> debate = TrainingSentences.claimBuster("train", encoder);
        encoder.save();
        LogisticTrainer.Settings settings = LogisticTrainer.Settings.CHOSEN;
        ClaimModel model = ClaimModelTraining.train(news, debate, settings);
        String provenance = String.format("""
                The claim detector's weights, written by TrainClaimModel: do not edit by hand; retrain with
                ./mvnw -Ptrain-claim-model test-compile exec:java (see docs/extraction.md).
                Trained on %d labelled sentences of %d gold files in the genres %s
                and %d ClaimBuster training sentences (weight %.1f each); never on the held-out genres %s.
                Logistic regression (Tribuo linear SGD, AdaGradRDA, L2 %.1e a step, %d epochs, signal strengths x%.0f)
                over the readable signals and all-MiniLM-L6-v2 embeddings; a second set of weights over the
                signals alone. Threshold: the best mean F1 over genres, each scored by a model trained without it.""",
                news.size(), files.size(), ClaimModelTraining.genres(news), debate.size(), settings.debateWeight(),
                Corpus.HELD_OUT_GENRES.stream().sorted().toList(), settings.l2(), settings.epochs(),
                settings.signalScale());
        try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            model.write(out, provenance);
        }
        System.out.println("Wrote " + target + " (threshold " + model.threshold() + ")");
    }
}
