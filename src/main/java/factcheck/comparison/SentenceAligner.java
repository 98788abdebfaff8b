package factcheck.comparison;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs a copy's sentences with the original's, in order. Dynamic programming chooses the pairs that
 * maximise the sum of their similarities above the threshold, any sentence of either text left unpaired
 * at no cost, so a copy sentence below the threshold with every original sentence is never paired. A
 * copy sentence may stand for two original sentences merged, or two copy sentences for one original split,
 * when the pair read as one is more alike than either alone.
 *
 * <p>After that, two rules pair what order alone would leave out. A copy sentence left unpaired whose
 * best original sentence is clearly alike (at the stricter threshold) is paired with it out of order: a
 * repeated title, a paragraph moved. A copy sentence left alone between two paired neighbours, facing
 * one unpaired original sentence between their partners, needs only the lower threshold: the order
 * around it vouches for the pair, so a sentence reworded beyond the usual threshold is still compared.
 */
final class SentenceAligner {

    /** Copy sentences {@code [copyFirst, copyLast]} stand for original sentences {@code [originalFirst, ...]}. */
    record Match(int copyFirst, int copyLast, int originalFirst, int originalLast) {
    }

    private final double threshold;
    private final double strictThreshold;
    private final double sandwichThreshold;
    /** How much more alike a merged pair must be than its better half. */
    private final double mergeMargin;

    SentenceAligner(double threshold, double strictThreshold, double sandwichThreshold, double mergeMargin) {
        this.threshold = threshold;
        this.strictThreshold = strictThreshold;
        this.sandwichThreshold = sandwichThreshold;
        this.mergeMargin = mergeMargin;
    }

    /** The matches in copy order; every copy sentence is in at most one. */
    List<Match> align(int copySize, int originalSize, SentenceSimilarity similarity) {
        Match[] byCopy = inOrder(copySize, originalSize, similarity);
        outOfOrder(byCopy, originalSize, similarity);
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < copySize; i++) {
            if (byCopy[i] != null && byCopy[i].copyFirst() == i) {
                matches.add(byCopy[i]);
            }
        }
        return matches;
    }

    private Match[] inOrder(int m, int n, SentenceSimilarity similarity) {
        double[][] best = new double[m + 1][n + 1];
        Match[][] step = new Match[m + 1][n + 1];
        for (int i = m; i >= 0; i--) {
            for (int j = n; j >= 0; j--) {
                double value = 0;
                Match chosen = null;
                if (i < m) {
                    value = best[i + 1][j];
                }
                if (j < n && best[i][j + 1] > value) {
                    value = best[i][j + 1];
                }
                if (i < m && j < n) {
                    for (int shape = 0; shape < 3; shape++) {
                        Match candidate = candidate(shape, i, j, m, n, similarity);
                        double gain = candidate == null ? Double.NEGATIVE_INFINITY : gain(candidate, similarity)
                                + best[candidate.copyLast() + 1][candidate.originalLast() + 1];
                        if (gain > value) {
                            value = gain;
                            chosen = candidate;
                        }
                    }
                }
                best[i][j] = value;
                step[i][j] = chosen;
            }
        }
        Match[] byCopy = new Match[m];
        int i = 0;
        int j = 0;
        while (i < m && j < n) {
            Match match = step[i][j];
            if (match != null) {
                for (int k = match.copyFirst(); k <= match.copyLast(); k++) {
                    byCopy[k] = match;
                }
                i = match.copyLast() + 1;
                j = match.originalLast() + 1;
            } else if (best[i][j] == best[i + 1][j]) {
                i++;
            } else {
                j++;
            }
        }
        return byCopy;
    }

    /**
     * The match of a shape at (i, j): one to one, one copy sentence for two original ones, or two copy
     * sentences for one original one; null for a merged match whose halves do not both share words.
     */
    private static Match candidate(int shape, int i, int j, int m, int n, SentenceSimilarity similarity) {
        return switch (shape) {
            case 0 -> new Match(i, i, j, j);
            case 1 -> j + 1 < n && similarity.words(i, j) > 0 && similarity.words(i, j + 1) > 0
                    ? new Match(i, i, j, j + 1) : null;
            default -> i + 1 < m && similarity.words(i, j) > 0 && similarity.words(i + 1, j) > 0
                    ? new Match(i, i + 1, j, j) : null;
        };
    }

    /** What a match adds: its similarity above the threshold, or nothing allowed when below it. */
    private double gain(Match match, SentenceSimilarity similarity) {
        int i = match.copyFirst();
        int j = match.originalFirst();
        double alone = similarity.score(i, j);
        if (match.copyLast() == i && match.originalLast() == j) {
            return alone >= threshold ? alone - threshold : Double.NEGATIVE_INFINITY;
        }
        double halves = Math.max(alone, similarity.score(match.copyLast(), match.originalLast()));
        double merged = similarity.score(i, match.copyLast(), j, match.originalLast());
        return merged >= threshold && merged > halves + mergeMargin ? merged - threshold : Double.NEGATIVE_INFINITY;
    }

    private void outOfOrder(Match[] byCopy, int n, SentenceSimilarity similarity) {
        boolean[] originalPaired = new boolean[n];
        for (Match match : byCopy) {
            if (match != null) {
                for (int j = match.originalFirst(); j <= match.originalLast(); j++) {
                    originalPaired[j] = true;
                }
            }
        }
        for (int i = 0; i < byCopy.length; i++) {
            if (byCopy[i] != null) {
                continue;
            }
            int alone = loneOriginalBetween(byCopy, originalPaired, i);
            int bestJ = -1;
            for (int j = 0; j < n; j++) {
                bestJ = bestJ < 0 || similarity.score(i, j) > similarity.score(i, bestJ) ? j : bestJ;
            }
            if (alone >= 0 && similarity.score(i, alone) >= sandwichThreshold) {
                byCopy[i] = new Match(i, i, alone, alone);
                originalPaired[alone] = true;
            } else if (bestJ >= 0 && similarity.score(i, bestJ) >= strictThreshold) {
                byCopy[i] = new Match(i, i, bestJ, bestJ);
                originalPaired[bestJ] = true;
            }
        }
    }

    /**
     * The one unpaired original sentence between the partners of copy sentence i's paired neighbours, or -1
     * when i's neighbours are not both paired or the gap between their partners is not exactly one sentence.
     */
    private static int loneOriginalBetween(Match[] byCopy, boolean[] originalPaired, int i) {
        if (i == 0 || i + 1 >= byCopy.length || byCopy[i - 1] == null || byCopy[i + 1] == null) {
            return -1;
        }
        int j = byCopy[i - 1].originalLast() + 1;
        return byCopy[i + 1].originalFirst() == j + 1 && !originalPaired[j] ? j : -1;
    }
}
