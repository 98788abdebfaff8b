package factcheck.extraction;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Sentence-boundary precision and recall against the labelled sentences of a gold file. Every
 * start and end of a gold sentence is a gold boundary. A predicted boundary is only judged where
 * the gold file labels the text (inside or at the edge of a gold sentence), so unlabelled parts of
 * an article cost nothing; a predicted boundary inside a gold sentence is a wrong split.
 */
record SegmentationScore(int truePositives, int falsePositives, int falseNegatives) {

    static SegmentationScore of(String text, List<String> goldSentences, List<Sentence> predicted) {
        Set<Integer> gold = new HashSet<>();
        List<int[]> goldSpans = goldSentences.stream().map(s -> {
            int start = text.indexOf(s);
            if (start < 0) {
                throw new IllegalStateException("gold sentence not in text: " + s);
            }
            return new int[] {start, start + s.length()};
        }).toList();
        goldSpans.forEach(span -> {
            gold.add(span[0]);
            gold.add(span[1]);
        });
        Set<Integer> judged = new HashSet<>();
        for (Sentence p : predicted) {
            for (int boundary : new int[] {p.start(), p.end()}) {
                if (goldSpans.stream().anyMatch(g -> boundary >= g[0] && boundary <= g[1])) {
                    judged.add(boundary);
                }
            }
        }
        int tp = (int) judged.stream().filter(gold::contains).count();
        return new SegmentationScore(tp, judged.size() - tp, gold.size() - tp);
    }

    double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 1 : (double) part / whole;
    }
}
