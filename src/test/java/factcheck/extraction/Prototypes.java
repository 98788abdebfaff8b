package factcheck.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The sorts of sentence a learned reason can name: the mean embedding of the training sentences
 * of each sort, with the words a reviewer reads ("reads like a reported research finding"). A
 * description starts with '+' for sorts of claim and '-' for sorts of non-claim.
 */
final class Prototypes {

    private static final Map<String, String> DESCRIPTIONS = new LinkedHashMap<>();

    static {
        DESCRIPTIONS.put("statistic", "+reads like a statistic");
        DESCRIPTIONS.put("event", "+reads like a report of an event");
        DESCRIPTIONS.put("quote", "+reads like a quoted statement of fact");
        DESCRIPTIONS.put("attribution", "+reads like a reported finding or statement");
        DESCRIPTIONS.put("comparison", "+reads like a comparison");
        DESCRIPTIONS.put("causal", "+reads like a statement of cause and effect");
        DESCRIPTIONS.put("prediction", "+reads like a plan or forecast with a checkable target");
        DESCRIPTIONS.put("other", "+reads like a factual description");
        DESCRIPTIONS.put("opinion", "-reads like opinion or comment");
        DESCRIPTIONS.put("heading", "-reads like a heading, byline or credit");
        DESCRIPTIONS.put("question", "-reads like a question");
        DESCRIPTIONS.put("speculation", "-reads like speculation without a checkable target");
        DESCRIPTIONS.put("non-claim", "-reads like commentary rather than a checkable statement");
    }

    private Prototypes() {
    }

    /** The sort of a negative gold sentence, from the annotator's reason for it. */
    static String sortOfNonClaim(String why) {
        String reason = why == null ? "" : why.toLowerCase(Locale.ROOT);
        if (reason.matches(".*(opinion|evaluat|comment|judg|rhetoric|advoca|value).*")) {
            return "opinion";
        }
        if (reason.matches(".*(head|title|byline|dateline|credit|caption|author|standfirst|label).*")) {
            return "heading";
        }
        if (reason.contains("question")) {
            return "question";
        }
        if (reason.matches(".*(predict|hedg|specul|forecast|may |could|future|hope).*")) {
            return "speculation";
        }
        return "non-claim";
    }

    /** The prototype of every sort with enough examples, from the embeddings of labelled news sentences. */
    static List<ClaimModel.Prototype> of(List<LabelledSentence> sentences) {
        List<ClaimModel.Prototype> prototypes = new ArrayList<>();
        for (Map.Entry<String, String> sort : DESCRIPTIONS.entrySet()) {
            List<float[]> members = sentences.stream()
                    .filter(s -> sort.getKey().equals(s.sort()) && s.checkWorthy() == sort.getValue().startsWith("+"))
                    .map(LabelledSentence::embedding)
                    .toList();
            if (members.size() >= 5) {
                prototypes.add(new ClaimModel.Prototype(sort.getValue(), unitMean(members)));
            }
        }
        return prototypes;
    }

    private static float[] unitMean(List<float[]> vectors) {
        float[] mean = new float[vectors.get(0).length];
        for (float[] v : vectors) {
            for (int d = 0; d < mean.length; d++) {
                mean[d] += v[d];
            }
        }
        double norm = Math.sqrt(ClaimModel.dot(mean, mean));
        for (int d = 0; d < mean.length; d++) {
            mean[d] /= (float) norm;
        }
        return mean;
    }
}
