package factcheck.extraction;

/**
 * One sentence as the detector sees it, with the gold answer: what training learns from and
 * cross-validation scores.
 *
 * @param file       the gold file (or data set) it comes from
 * @param genre      its genre; "debate" for ClaimBuster sentences
 * @param text       the sentence as segmented by the extractor
 * @param checkWorthy the gold label
 * @param sort       what sort of sentence the gold file says it is: a claim kind for check-worthy
 *                   ones ("statistic", "causal"), a {@link Prototypes} sort of non-claim for negatives,
 *                   null when unknown (debate sentences)
 * @param strengths  the strengths of its readable signals, by {@link SignalKind}
 * @param embedding  its sentence embedding
 */
record LabelledSentence(String file, String genre, String text, boolean checkWorthy, String sort, double[] strengths,
                        float[] embedding) {
}
