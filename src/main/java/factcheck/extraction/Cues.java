package factcheck.extraction;

import java.util.List;

/**
 * Cue phrases found in one sentence, each as written (or lower-cased for single words).
 *
 * @param attributions who or what a statement is credited to: "according to the ministry"
 * @param events       verbs and nouns of concrete happenings: "killed", "took to the streets"
 * @param hedges       future or uncertainty markers: "will", "unlikely"
 * @param opinions     obligation and opinion markers: "must", "should"
 * @param causes       causal connectives: "because", "result of"
 * @param comparisons  comparative phrases: "more than", "compared with"
 * @param directQuote  the sentence quotes someone's words in quotation marks
 */
record Cues(List<String> attributions, List<String> events, List<String> hedges, List<String> opinions,
            List<String> causes, List<String> comparisons, boolean directQuote) {

    /** What a sentence without cues has: one instance for all of them. */
    static final Cues NONE = new Cues(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), false);
}
