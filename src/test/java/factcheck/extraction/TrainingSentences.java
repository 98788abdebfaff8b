package factcheck.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns gold files and ClaimBuster sentences into {@link LabelledSentence}s: every sentence the
 * extractor's segmenter finds, labelled check-worthy when it overlaps a required gold sentence
 * and not when it overlaps only negatives. Optional and unlabelled sentences, and questions,
 * titles and boilerplate (never proposed, whatever the model says) are left out.
 */
final class TrainingSentences {

    private static final ClaimExtractor SIGNALS = ClaimExtractor.forSignals();
    private static final ObjectMapper JSON = new ObjectMapper();

    private TrainingSentences() {
    }

    static List<LabelledSentence> of(List<GoldFile> files, SentenceEncoder encoder) {
        List<Pending> pending = new ArrayList<>();
        for (GoldFile file : files) {
            for (ClaimExtractor.SentenceSignals s : SIGNALS.signals(file.article())) {
                GoldFile.GoldSentence gold = label(file, s.sentence().start(), s.sentence().end());
                if (gold != null && !s.neverAClaim()) {
                    boolean checkWorthy = file.required().contains(gold);
                    pending.add(new Pending(file.name(), file.genre(), s.sentence().textIn(file.article()),
                            checkWorthy, checkWorthy ? gold.kind() : Prototypes.sortOfNonClaim(gold.why()),
                            s.strengths()));
                }
            }
        }
        return encoded(pending, encoder);
    }

    /**
     * ClaimBuster sentences from {@code /claimbuster/<split>.json}, each scored as a text of its
     * own; lines the extractor never proposes are left out, as in news.
     */
    static List<LabelledSentence> claimBuster(String split, SentenceEncoder encoder) {
        return claimBuster(split, encoder, false);
    }

    /** Every ClaimBuster sentence of a split, those the extractor never proposes included: for measuring. */
    static List<LabelledSentence> claimBusterAll(String split, SentenceEncoder encoder) {
        return claimBuster(split, encoder, true);
    }

    private static List<LabelledSentence> claimBuster(String split, SentenceEncoder encoder, boolean all) {
        List<Pending> pending = new ArrayList<>();
        try {
            JsonNode root = JSON.readTree(GoldFile.resource("/claimbuster/" + split + ".json"));
            for (JsonNode node : root) {
                String text = node.path("text").asText().strip();
                if (!all && neverAClaim(text)) {
                    continue;
                }
                pending.add(new Pending("claimbuster-" + split, "debate", text, node.path("label").asInt() == 1,
                        null, debateSentenceSignals(text)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return encoded(pending, encoder);
    }

    /** A transcript line the extractor never proposes (a question, a line without final punctuation). */
    private static boolean neverAClaim(String text) {
        return SIGNALS.signals(text).stream().allMatch(ClaimExtractor.SentenceSignals::neverAClaim);
    }

    /**
     * The signals of a debate sentence: the strongest of its segments when the segmenter cuts it
     * (a transcript line can hold two sentences), as a detector proposing either would.
     */
    static double[] debateSentenceSignals(String text) {
        double[] best = new double[SignalKind.ALL.length];
        double bestSum = Double.NEGATIVE_INFINITY;
        for (ClaimExtractor.SentenceSignals s : SIGNALS.signals(text)) {
            double sum = 0;
            for (double v : s.strengths()) {
                sum += v;
            }
            if (sum > bestSum) {
                bestSum = sum;
                best = s.strengths();
            }
        }
        return best;
    }

    /**
     * The required gold sentence a sentence overlaps, else the negative one it overlaps when it
     * overlaps no optional one, else null.
     */
    private static GoldFile.GoldSentence label(GoldFile file, int start, int end) {
        for (GoldFile.GoldSentence g : file.required()) {
            if (overlaps(file.article(), g.sentence(), start, end)) {
                return g;
            }
        }
        for (GoldFile.GoldSentence g : file.optional()) {
            if (overlaps(file.article(), g.sentence(), start, end)) {
                return null;
            }
        }
        for (GoldFile.GoldSentence g : file.negatives()) {
            if (overlaps(file.article(), g.sentence(), start, end)) {
                return g;
            }
        }
        return null;
    }

    private static boolean overlaps(String article, String sentence, int start, int end) {
        int at = article.indexOf(sentence);
        return at >= 0 && at < end && at + sentence.length() > start;
    }

    private record Pending(String file, String genre, String text, boolean label, String sort, double[] strengths) {
    }

    private static List<LabelledSentence> encoded(List<Pending> pending, SentenceEncoder encoder) {
        float[][] vectors = encoder.encode(pending.stream().map(Pending::text).toList());
        List<LabelledSentence> result = new ArrayList<>(pending.size());
        for (int i = 0; i < pending.size(); i++) {
            Pending p = pending.get(i);
            result.add(new LabelledSentence(p.file(), p.genre(), p.text(), p.label(), p.sort(), p.strengths(),
                    vectors[i]));
        }
        return result;
    }
}
