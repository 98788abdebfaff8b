package factcheck.extraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Finds attribution, event, hedge, opinion, causal and comparison cues in one pass over the tokens. */
final class CueFinder {

    private static final int MAX_PHRASE = 4;
    private static final int MAX_SOURCE_TOKENS = 10;
    private static final Set<String> AUXILIARIES = Set.of(
            "has", "have", "had", "was", "were", "is", "are", "also", "reportedly", "previously", "later");

    Cues find(String text, List<Token> tokens) {
        List<String> attributions = new ArrayList<>();
        Set<String> events = new LinkedHashSet<>();
        List<String> hedges = new ArrayList<>();
        int lastHedgeToken = -2;
        Set<String> opinions = new LinkedHashSet<>();
        Set<String> causes = new LinkedHashSet<>();
        Set<String> comparisons = new LinkedHashSet<>();
        for (int m = 0; m < tokens.size(); m++) {
            Token t = tokens.get(m);
            if (!t.isWord()) {
                continue;
            }
            boolean plain = !t.isCapitalised() || m == 0;
            String word = t.lower();
            for (int size = 1; size <= MAX_PHRASE && plain; size++) {
                String phrase = phrase(tokens, m, size);
                if (phrase == null) {
                    break;
                }
                boolean hedge = CueWords.HEDGES.contains(phrase) && (!phrase.equals("may") || t.text().equals("may"))
                        && !isReportedForecast(tokens, m);
                if (hedge) {
                    addHedge(hedges, phrase, lastHedgeToken == m - 1);
                    lastHedgeToken = m + size - 1;
                }
                addIf(CueWords.OPINIONS, phrase, opinions, true);
                addIf(CueWords.CAUSES, phrase, causes, true);
                addIf(CueWords.COMPARISONS, phrase, comparisons, true);
                addIf(CueWords.EVENT_PHRASES, phrase, events, true);
            }
            if (plain && (CueWords.EVENT_VERBS.contains(word) || CueWords.EVENT_NOUNS.contains(word))) {
                events.add(word);
            }
            if (word.equals("than") && m > 0 && isComparative(tokens.get(m - 1).lower())) {
                comparisons.add(tokens.get(m - 1).lower() + " than");
            }
            String source = attribution(text, tokens, m);
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

    private static void addIf(Set<String> vocabulary, String phrase, Set<String> hits, boolean allowed) {
        if (allowed && vocabulary.contains(phrase)) {
            hits.add(phrase);
        }
    }

    /** Lower-cased words m..m+size-1 joined by spaces, or null if a non-word interrupts them. */
    private static String phrase(List<Token> tokens, int m, int size) {
        if (m + size > tokens.size()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (int k = m; k < m + size; k++) {
            if (!tokens.get(k).isWord()) {
                return null;
            }
            b.append(k == m ? "" : " ").append(tokens.get(k).lower());
        }
        return b.toString();
    }

    private static boolean isComparative(String word) {
        return word.length() > 3 && word.endsWith("er") && !word.equals("rather") && !word.equals("other");
    }

    private static String attribution(String text, List<Token> tokens, int m) {
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
        if (CueWords.EVIDENCE_NOUNS.contains(word) && next != null && CueWords.EVIDENCE_VERBS.contains(next.lower())) {
            return text.substring(t.start(), next.end());
        }
        if (t.isCapitalised() || !CueWords.SPEECH_VERBS.contains(word)) {
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
