package factcheck.claim;

import factcheck.extraction.Sentence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds a claim again in an edited text, from its exact words and the text around them (the W3C Web
 * Annotation TextQuoteSelector idea): same place, else the same words elsewhere, else the most similar
 * sentence, else nowhere. Plain Java, so the rules are tested without a database.
 */
public final class TextAnchoring {

    /** Share of words two sentences must have in common to count as the same sentence, edited. */
    static final double SIMILARITY_THRESHOLD = 0.6;

    /** A claim's quote selector: its exact text, where it was, and what surrounded it. */
    public record Quote(String exact, String prefix, String suffix, int start) {
    }

    /** Where the quote is now. For {@link AnchorState#ORPHANED} the offsets are meaningless. */
    public record Match(AnchorState state, int start, int end) {

        static final Match NOWHERE = new Match(AnchorState.ORPHANED, -1, -1);
    }

    private final String text;
    private final List<Sentence> sentences;
    private final List<Map<String, Integer>> sentenceWords = new ArrayList<>();

    public TextAnchoring(String text, List<Sentence> sentences) {
        this.text = text;
        this.sentences = sentences;
        for (Sentence sentence : sentences) {
            sentenceWords.add(words(text.substring(sentence.start(), sentence.end())));
        }
    }

    public Match locate(Quote quote) {
        return locateAll(List.of(quote)).get(0);
    }

    /**
     * Locates several claims of one text together: first every claim whose exact words are still there, then
     * the others among the sentences nobody holds yet, so an edited claim never lands on a neighbour's sentence.
     */
    public List<Match> locateAll(List<Quote> quotes) {
        List<Match> matches = new ArrayList<>();
        List<Match> taken = new ArrayList<>();
        for (Quote quote : quotes) {
            Match exact = exactly(quote);
            matches.add(exact);
            if (exact != Match.NOWHERE) {
                taken.add(exact);
            }
        }
        for (int i = 0; i < quotes.size(); i++) {
            if (matches.get(i) == Match.NOWHERE) {
                Match similar = mostSimilarSentence(quotes.get(i), taken);
                matches.set(i, similar);
                if (similar != Match.NOWHERE) {
                    taken.add(similar);
                }
            }
        }
        return matches;
    }

    private Match exactly(Quote quote) {
        int end = quote.start() + quote.exact().length();
        if (end <= text.length() && text.startsWith(quote.exact(), quote.start())) {
            return new Match(AnchorState.ANCHORED, quote.start(), end);
        }
        int moved = bestOccurrence(quote);
        return moved >= 0 ? new Match(AnchorState.MOVED, moved, moved + quote.exact().length()) : Match.NOWHERE;
    }

    /** The occurrence of the exact text whose surroundings match best; the nearest one breaks ties. */
    private int bestOccurrence(Quote quote) {
        int best = -1;
        long bestScore = Long.MIN_VALUE;
        for (int at = text.indexOf(quote.exact()); at >= 0; at = text.indexOf(quote.exact(), at + 1)) {
            int context = commonSuffix(quote.prefix(), text.substring(Math.max(0, at - quote.prefix().length()), at))
                    + commonPrefix(quote.suffix(), text.substring(at + quote.exact().length(),
                    Math.min(text.length(), at + quote.exact().length() + quote.suffix().length())));
            long score = (long) context * text.length() - Math.abs(at - quote.start());
            if (score > bestScore) {
                bestScore = score;
                best = at;
            }
        }
        return best;
    }

    /** The most similar sentence no other claim holds; of equally similar ones, the nearest to where it was. */
    private Match mostSimilarSentence(Quote quote, List<Match> taken) {
        Map<String, Integer> claimWords = words(quote.exact());
        Match best = Match.NOWHERE;
        double bestSimilarity = SIMILARITY_THRESHOLD;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            if (taken.stream().anyMatch(match -> match.start() < sentence.end() && sentence.start() < match.end())) {
                continue;
            }
            double similarity = dice(claimWords, sentenceWords.get(i));
            boolean nearer = best == Match.NOWHERE
                    || Math.abs(sentence.start() - quote.start()) < Math.abs(best.start() - quote.start());
            if (similarity > bestSimilarity || (similarity == bestSimilarity && nearer)) {
                bestSimilarity = similarity;
                best = new Match(AnchorState.CHANGED, sentence.start(), sentence.end());
            }
        }
        return best;
    }

    /** Dice coefficient over word multisets: 1 for the same words, 0 for none in common. */
    static double dice(Map<String, Integer> a, Map<String, Integer> b) {
        int sizeA = a.values().stream().mapToInt(Integer::intValue).sum();
        int sizeB = b.values().stream().mapToInt(Integer::intValue).sum();
        if (sizeA + sizeB == 0) {
            return 0;
        }
        int shared = 0;
        for (Map.Entry<String, Integer> word : a.entrySet()) {
            shared += Math.min(word.getValue(), b.getOrDefault(word.getKey(), 0));
        }
        return 2.0 * shared / (sizeA + sizeB);
    }

    static Map<String, Integer> words(String sentence) {
        Map<String, Integer> counts = new HashMap<>();
        for (String word : sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                counts.merge(word, 1, Integer::sum);
            }
        }
        return counts;
    }

    private static int commonSuffix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        return n;
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }
}
