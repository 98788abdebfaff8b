package factcheck.extraction;

import java.util.List;

/**
 * Everything the scorer and the kind classifier need to know about one sentence.
 *
 * @param quantities  numbers, percentages, money and dates, in text order
 * @param names       named entities and nationality groups
 * @param cues        attribution, event, hedge, opinion, causal and comparison cues
 * @param question    the sentence ends with a question mark
 * @param heading     the segment has no final punctuation: a title, heading, byline or caption
 * @param wordCount   number of word tokens
 */
record SentenceFeatures(List<Quantity> quantities, ProperNameFinder.Names names, Cues cues,
                        boolean question, boolean heading, int wordCount) {
}
