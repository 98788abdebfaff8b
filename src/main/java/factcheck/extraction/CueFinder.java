package factcheck.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Finds attribution, event, hedge, opinion, causal and comparison cues in one pass over the tokens. */
final class CueFinder {

    private static final int MAX_SOURCE_TOKENS = 10;
    private static final Set<String> AUXILIARIES = Set.of(
            "has", "have", "had", "was", "were", "is", "are", "also", "reportedly", "previously", "later");

    Cues find(String text, List<Token> tokens) {
        List<String> attributions = new ArrayList<>();
        List<String> events = new ArrayList<>();
        List<String> hedges = new ArrayList<>();
        int lastHedgeToken = -2;
        List<String> opinions = new ArrayList<>();
        List<String> causes = new ArrayList<>();
        List<String> comparisons = new ArrayList<>();
        for (int m = 0; m < tokens.size(); m++) {
            Token t = tokens.get(m);
            if (!t.isWord()) {
                continue;
            }
            boolean plain = !t.isCapitalised() || m == 0;
            String word = t.lower();
            CuePhrases.Entry entry = CuePhrases.lookup(word);
            if (plain && entry != null) {
                for (CuePhrases.Phrase p : entry.phrases()) {
                    if (!p.matches(tokens, m)) {
                        continue;
                    }
                    String phrase = p.text();
                    boolean hedge = p.is(CuePhrases.HEDGE) && (!phrase.equals("may") || t.text().equals("may"))
                            && !isReportedForecast(tokens, m);
                    if (hedge) {
                        addHedge(hedges, phrase, lastHedgeToken == m - 1);
                        lastHedgeToken = m + p.words().length - 1;
                    }
                    addIf(p, CuePhrases.OPINION, opinions);
                    addIf(p, CuePhrases.CAUSE, causes);
                    addIf(p, CuePhrases.COMPARISON, comparisons);
                    addIf(p, CuePhrases.EVENT, events);
                }
                if (entry.eventWord()) {
                    addUnique(events, word);
                }
            }
            if (word.equals("than") && m > 0 && isComparative(tokens.get(m - 1).lower())) {
                addUnique(comparisons, tokens.get(m - 1).lower() + " than");
            }
            String source = entry == null ? null : attribution(text, tokens, m, entry);
            if (source != null) {
                attributions.add(source);
            }
        }
        return new Cues(attributions, List.copyOf(events), List.copyOf(hedges), List.copyOf(opinions),
                List.copyOf(causes), List.copyOf(comparisons), hasDirectQuote(tokens));
    }

    /** Adjacent markers read as one phrase ("will likely"), so the reason quotes what was written. */
    private static void addHedge(List<String> hedges, String phrase, boolean continuesPrevious) {
        if (continuesPrevious && !hedges.isEmpty()) {
            hedges.set(hedges.size() - 1, hedges.get(hedges.size() - 1) + " " + phrase);
        } else if (!hedges.contains(phrase)) {
            hedges.add(phrase);
        }
    }

    /** "economists had forecast 175,000": a report of an earlier forecast, checkable now. */
    private static boolean isReportedForecast(List<Token> tokens, int m) {
        return m > 0 && CueWords.PERFECT_AUXILIARIES.contains(tokens.get(m - 1).lower())
                && CueWords.FORECAST_PARTICIPLES.contains(tokens.get(m).lower());
    }

    private static void addIf(CuePhrases.Phrase phrase, int kind, List<String> hits) {
        if (phrase.is(kind)) {
            addUnique(hits, phrase.text());
        }
    }

    /** Insertion-ordered and without repeats; the lists are a handful long, so a scan beats a set. */
    private static void addUnique(List<String> hits, String cue) {
        if (!hits.contains(cue)) {
            hits.add(cue);
        }
    }

    private static boolean isComparative(String word) {
        return word.length() > 3 && word.endsWith("er") && !word.equals("rather") && !word.equals("other");
    }

    /** Only called for words in the cue dictionary: "according", speech verbs and evidence nouns are all there. */
    private static String attribution(String text, List<Token> tokens, int m, CuePhrases.Entry entry) {
        Token t = tokens.get(m);
        String word = t.lower();
        Token next = m + 1 < tokens.size() ? tokens.get(m + 1) : null;
        if (word.equals("according") && next != null && next.is("to")) {
            int last = m + 1;
            while (last + 1 < tokens.size() && last - m < MAX_SOURCE_TOKENS && tokens.get(last + 1).isWord()) {
                last++;
            }
            return text.substring(t.start(), tokens.get(last).end());
        }
        if (entry.evidenceNoun() && next != null && CueWords.EVIDENCE_VERBS.contains(next.lower())) {
            return text.substring(t.start(), next.end());
        }
        if (t.isCapitalised() || !entry.speechVerb()) {
            return null;
        }
        if (CueWords.NEEDS_THAT.contains(word) && (next == null || !next.is("that"))) {
            return null;
        }
        boolean inverted = m > 0 && !tokens.get(m - 1).isWord();
        if (!inverted) {
            return text.substring(tokens.get(subjectStart(tokens, m)).start(), t.end());
        }
        int last = m;
        while (last + 1 < tokens.size() && last - m < 4 && tokens.get(last + 1).isCapitalised()) {
            last++;
        }
        return text.substring(t.start(), tokens.get(last).end());
    }

    /**
     * Start of the speaker before a speech verb: "Dr. Smith said", "Russia has blamed", "officials said".
     * After a closing quote the speaker follows the verb instead ("…," said Mayor Ana López).
     */
    private static int subjectStart(List<Token> tokens, int verb) {
        int k = verb - 1;
        int skipped = 0;
        while (k >= 0 && skipped < 2 && AUXILIARIES.contains(tokens.get(k).lower())) {
            k--;
            skipped++;
        }
        int first = verb;
        while (k >= 0 && verb - k <= 6) {
            Token u = tokens.get(k);
            boolean abbreviationDot = u.is(".") && !u.spaced() && k > 0 && tokens.get(k - 1).isCapitalised();
            if (!u.isCapitalised() && !abbreviationDot) {
                break;
            }
            first = k;
            k--;
        }
        if (first == verb && verb > 0 && tokens.get(verb - 1).isWord()) {
            first = verb - 1;
        }
        return first;
    }

    /** Two double quotation marks, or a sentence opening with a single quote closed after , ? or ! */
    private static boolean hasDirectQuote(List<Token> tokens) {
        int marks = 0;
        boolean closedSingle = false;
        for (int m = 0; m < tokens.size(); m++) {
            Token t = tokens.get(m);
            if (t.type() != Token.Type.SYMBOL) {
                continue;
            }
            if (t.is("\"") || t.is("“") || t.is("”")) {
                marks++;
            }
            if ((t.is("'") || t.is("’")) && m > 0 && !t.spaced() && ",?!".contains(tokens.get(m - 1).text())) {
                closedSingle = true;
            }
        }
        boolean opensWithSingle = !tokens.isEmpty() && (tokens.get(0).is("'") || tokens.get(0).is("‘"));
        return marks >= 2 || opensWithSingle && closedSingle;
    }
}
