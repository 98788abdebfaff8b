package factcheck.extraction;

import java.util.List;
import java.util.Set;

/** Finds attribution, event, hedge, opinion, causal and comparison cues in one pass over the tokens. */
final class CueFinder {

    /** Checked at every word, so it is a {@link Vocabulary} word with its own constant. */
    static final String THAN = "than";

    private static final int MAX_SOURCE_TOKENS = 10;
    static final Set<String> AUXILIARIES = Set.of(
            "has", "have", "had", "was", "were", "is", "are", "also", "reportedly", "previously", "later");

    /** True for a word the pass below stops at: one with cue phrases or roles, or "than". */
    static boolean startsCue(KnownWord word) {
        return word.cue() != null || word.lower().equals(THAN);
    }

    Cues find(Tokens tokens) {
        // Created on the first cue of their kind: most sentences have none of most kinds.
        List<String> attributions = null;
        List<String> events = null;
        List<String> hedges = null;
        int lastHedgeToken = -2;
        List<String> opinions = null;
        List<String> causes = null;
        List<String> comparisons = null;
        for (int m = 0; m < tokens.size(); m++) {
            if (!tokens.isCue(m)) {
                // Every cue word and "than" is in the vocabulary, which marks them when tokenising.
                continue;
            }
            KnownWord known = tokens.word(m);
            boolean plain = !tokens.isCapitalised(m) || m == 0;
            String word = known.lower();
            CuePhrases.Entry entry = known.cue();
            if (plain && entry != null) {
                // Phrases come shortest first, and longer ones only matter before one of their
                // second words: every word of every phrase is a vocabulary word, so not before an
                // unknown word ("the Kremlin").
                boolean longer = m + 1 < tokens.size() && entry.continuesWith(tokens.word(m + 1));
                for (CuePhrases.Phrase p : entry.phrases()) {
                    if (p.words().length > 1 && !longer) {
                        break;
                    }
                    if (!p.matches(tokens, m)) {
                        continue;
                    }
                    String phrase = p.text();
                    boolean hedge = p.is(CuePhrases.HEDGE) && (!phrase.equals("may") || tokens.textIs(m, "may"))
                            && !isReportedForecast(tokens, m);
                    if (hedge) {
                        hedges = addHedge(hedges, phrase, lastHedgeToken == m - 1);
                        lastHedgeToken = m + p.words().length - 1;
                    }
                    opinions = addIf(p, CuePhrases.OPINION, opinions);
                    causes = addIf(p, CuePhrases.CAUSE, causes);
                    comparisons = addIf(p, CuePhrases.COMPARISON, comparisons);
                    events = addIf(p, CuePhrases.EVENT, events);
                }
                if (entry.eventWord()) {
                    events = Hits.addUnique(events, word);
                }
            }
            if (word.equals(THAN) && m > 0 && isComparative(tokens.lower(m - 1))) {
                comparisons = Hits.addUnique(comparisons, tokens.lower(m - 1) + " than");
            }
            String source = entry == null ? null : attribution(tokens, m, entry);
            if (source != null) {
                attributions = Hits.add(attributions, source);
            }
        }
        boolean directQuote = hasDirectQuote(tokens);
        if (attributions == null && events == null && hedges == null && opinions == null && causes == null
                && comparisons == null && !directQuote) {
            return Cues.NONE;
        }
        return new Cues(Hits.orEmpty(attributions), Hits.orEmpty(events), Hits.orEmpty(hedges), Hits.orEmpty(opinions),
                Hits.orEmpty(causes), Hits.orEmpty(comparisons), directQuote);
    }

    /** Adjacent markers read as one phrase ("will likely"), so the reason quotes what was written. */
    private static List<String> addHedge(List<String> hedges, String phrase, boolean continuesPrevious) {
        if (continuesPrevious && hedges != null) {
            hedges.set(hedges.size() - 1, hedges.get(hedges.size() - 1) + " " + phrase);
            return hedges;
        }
        return Hits.addUnique(hedges, phrase);
    }

    /** "economists had forecast 175,000": a report of an earlier forecast, checkable now. */
    private static boolean isReportedForecast(Tokens tokens, int m) {
        return m > 0 && tokens.in(m - 1, WordList.PERFECT_AUXILIARY) && tokens.in(m, WordList.FORECAST_PARTICIPLE);
    }

    private static List<String> addIf(CuePhrases.Phrase phrase, int kind, List<String> hits) {
        return phrase.is(kind) ? Hits.addUnique(hits, phrase.text()) : hits;
    }

    private static boolean isComparative(String word) {
        return word.length() > 3 && word.endsWith("er") && !word.equals("rather") && !word.equals("other");
    }

    /** Only called for words in the cue dictionary: "according", speech verbs and evidence nouns are all there. */
    private static String attribution(Tokens tokens, int m, CuePhrases.Entry entry) {
        String text = tokens.text();
        String word = tokens.lower(m);
        boolean hasNext = m + 1 < tokens.size();
        if (word.equals("according") && hasNext && tokens.is(m + 1, "to")) {
            int last = m + 1;
            while (last + 1 < tokens.size() && last - m < MAX_SOURCE_TOKENS && tokens.isWord(last + 1)) {
                last++;
            }
            return text.substring(tokens.start(m), tokens.end(last));
        }
        if (entry.evidenceNoun() && hasNext && tokens.in(m + 1, WordList.EVIDENCE_VERB)) {
            return text.substring(tokens.start(m), tokens.end(m + 1));
        }
        if (tokens.isCapitalised(m) || !entry.speechVerb()) {
            return null;
        }
        if (CueWords.NEEDS_THAT.contains(word) && (!hasNext || !tokens.is(m + 1, "that"))) {
            return null;
        }
        boolean inverted = m > 0 && !tokens.isWord(m - 1);
        if (!inverted) {
            return text.substring(tokens.start(subjectStart(tokens, m)), tokens.end(m));
        }
        int last = m;
        while (last + 1 < tokens.size() && last - m < 4 && tokens.isCapitalised(last + 1)) {
            last++;
        }
        return text.substring(tokens.start(m), tokens.end(last));
    }

    /**
     * Start of the speaker before a speech verb: "Dr. Smith said", "Russia has blamed", "officials said".
     * After a closing quote the speaker follows the verb instead ("…," said Mayor Ana López).
     */
    private static int subjectStart(Tokens tokens, int verb) {
        int k = verb - 1;
        int skipped = 0;
        while (k >= 0 && skipped < 2 && tokens.in(k, WordList.AUXILIARY)) {
            k--;
            skipped++;
        }
        int first = verb;
        while (k >= 0 && verb - k <= 6) {
            boolean abbreviationDot = tokens.is(k, ".") && !tokens.spaced(k) && k > 0 && tokens.isCapitalised(k - 1);
            if (!tokens.isCapitalised(k) && !abbreviationDot) {
                break;
            }
            first = k;
            k--;
        }
        if (first == verb && verb > 0 && tokens.isWord(verb - 1)) {
            first = verb - 1;
        }
        return first;
    }

    /** Two double quotation marks, or a sentence opening with a single quote closed after , ? or ! */
    private static boolean hasDirectQuote(Tokens tokens) {
        if (tokens.doubleQuotes() >= 2) {
            return true;
        }
        if (tokens.isEmpty() || !tokens.isOneOf(0, "'‘")) {
            return false;
        }
        for (int m = 1; m < tokens.size(); m++) {
            if (tokens.isOneOf(m, "'’") && !tokens.spaced(m) && tokens.isOneOf(m - 1, ",?!")) {
                return true;
            }
        }
        return false;
    }
}
