package factcheck.comparison;

import java.util.Arrays;

/**
 * Which word of a copy's sentence stands for which word of the original's. First the longest common
 * subsequence of the two word lists, in which words that carry meaning weigh more than words such as
 * "the"; then words the reordering left out ("according to the ministry" moved to the front) are paired
 * when a word that carries meaning occurs, unpaired, exactly once on each side, and from there along
 * their neighbours while these match.
 *
 * <p>A run of unpaired words is a gap; its anchors are the paired words either side, or the start and
 * end of the sentence. A gap of the copy and a gap of the original correspond when an anchor of one is
 * paired with the anchor on the same side of the other: "the [Soviet] interior" and "the [Russian]
 * interior".
 */
final class WordAlignment {

    static final int START = -1;
    /**
     * Pairing costs time and memory that grow with the product of the two sentences' lengths; news sentences
     * stay far below this, a table flattened into one "sentence" may not, and its words stay unpaired.
     */
    static final long MAX_PAIRS = 250_000;

    private final Wording copy;
    private final Wording original;
    private final int[] copyPartner;
    private final int[] originalPartner;

    WordAlignment(Wording copy, Wording original) {
        this.copy = copy;
        this.original = original;
        copyPartner = new int[copy.words().size()];
        originalPartner = new int[original.words().size()];
        Arrays.fill(copyPartner, -1);
        Arrays.fill(originalPartner, -1);
        if ((long) copyPartner.length * originalPartner.length <= MAX_PAIRS) {
            commonSubsequence();
            movedWords();
        }
    }

    int copyPartner(int i) {
        return copyPartner[i];
    }

    int originalPartner(int j) {
        return originalPartner[j];
    }

    private void commonSubsequence() {
        int m = copyPartner.length;
        int n = originalPartner.length;
        int[][] best = new int[m + 1][n + 1];
        for (int i = m - 1; i >= 0; i--) {
            for (int j = n - 1; j >= 0; j--) {
                int skip = Math.max(best[i + 1][j], best[i][j + 1]);
                best[i][j] = copy.sameWord(i, original, j) ? Math.max(skip, weight(i) + best[i + 1][j + 1]) : skip;
            }
        }
        int i = 0;
        int j = 0;
        while (i < m && j < n) {
            if (copy.sameWord(i, original, j) && best[i][j] == weight(i) + best[i + 1][j + 1]) {
                pair(i++, j++);
            } else if (best[i + 1][j] >= best[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
    }

    /** Words that carry meaning weigh more, so "that" is not paired at the cost of "Central Asian". */
    private int weight(int i) {
        return WordKeys.isStopWord(copy.words().get(i).lower()) ? 1 : 3;
    }

    private void movedWords() {
        for (int i = 0; i < copyPartner.length; i++) {
            if (copyPartner[i] >= 0 || WordKeys.isStopWord(copy.words().get(i).lower())) {
                continue;
            }
            int j = onlyUnpairedMatch(i);
            if (j >= 0) {
                pair(i, j);
                for (int a = i + 1, b = j + 1; a < copyPartner.length && b < originalPartner.length
                        && copyPartner[a] < 0 && originalPartner[b] < 0 && copy.sameWord(a, original, b); a++, b++) {
                    pair(a, b);
                }
                for (int a = i - 1, b = j - 1; a >= 0 && b >= 0 && copyPartner[a] < 0 && originalPartner[b] < 0
                        && copy.sameWord(a, original, b); a--, b--) {
                    pair(a, b);
                }
            }
        }
    }

    /** The original's one unpaired word matching copy word {@code i}, if the copy has no other such word. */
    private int onlyUnpairedMatch(int i) {
        int match = -1;
        for (int j = 0; j < originalPartner.length; j++) {
            if (originalPartner[j] < 0 && copy.sameWord(i, original, j)) {
                if (match >= 0) {
                    return -1;
                }
                match = j;
            }
        }
        if (match < 0) {
            return -1;
        }
        for (int a = 0; a < copyPartner.length; a++) {
            if (a != i && copyPartner[a] < 0 && copy.sameWord(a, original, match)) {
                return -1;
            }
        }
        return match;
    }

    private void pair(int i, int j) {
        copyPartner[i] = j;
        originalPartner[j] = i;
    }

    /** The nearest paired word of the copy before word {@code i}, or {@link #START}. */
    int copyAnchorBefore(int i) {
        return anchorBefore(copyPartner, i);
    }

    /** The nearest paired word of the copy after word {@code i}, or the number of words (the end). */
    int copyAnchorAfter(int i) {
        return anchorAfter(copyPartner, i);
    }

    int originalAnchorBefore(int j) {
        return anchorBefore(originalPartner, j);
    }

    int originalAnchorAfter(int j) {
        return anchorAfter(originalPartner, j);
    }

    private static int anchorBefore(int[] partner, int i) {
        int k = i - 1;
        while (k >= 0 && partner[k] < 0) {
            k--;
        }
        return k;
    }

    private static int anchorAfter(int[] partner, int i) {
        int k = i + 1;
        while (k < partner.length && partner[k] < 0) {
            k++;
        }
        return k;
    }

    /**
     * True when copy words {@code [ci, cj]} and original words {@code [oi, oj]} lie in corresponding gaps:
     * the anchor before one is paired with the anchor before the other, or likewise the anchors after.
     */
    boolean correspond(int ci, int cj, int oi, int oj) {
        int copyBefore = copyAnchorBefore(ci);
        int originalBefore = originalAnchorBefore(oi);
        if (copyBefore == START ? originalBefore == START : copyPartner[copyBefore] == originalBefore) {
            return true;
        }
        int copyAfter = copyAnchorAfter(cj);
        int originalAfter = originalAnchorAfter(oj);
        return copyAfter == copyPartner.length ? originalAfter == originalPartner.length
                : copyPartner[copyAfter] == originalAfter;
    }
}
