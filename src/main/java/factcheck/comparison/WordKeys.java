package factcheck.comparison;

import java.util.Map;
import java.util.Set;

/**
 * What a word is compared by. Republications of one text differ in house style, so the key evens out
 * British and American spelling ("labour", "labor"; "recognise", "recognize"; "organisation",
 * "organization"; "centre", "center"),
 * small numbers in words or figures ("nine", "9"), "per cent" and "%", dotted abbreviations ("U.S.",
 * "US"), and word endings ("supported", "support"; "countries", "country"). The rules are applied
 * to both texts alike, so a rule that also changes a word it was not meant for ("promise" becomes
 * "promize") does no harm unless it makes two different words equal.
 */
final class WordKeys {

    /** Words that carry no fact of their own: they neither make sentences similar nor head a phrase. */
    static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "this", "that", "these", "those", "it", "its", "they", "them", "their", "theirs",
            "he", "him", "his", "she", "her", "hers", "we", "us", "our", "you", "your", "i", "me", "my", "who",
            "whom", "whose", "which", "what", "there", "here", "of", "in", "on", "at", "to", "for", "from", "by",
            "with", "as", "into", "onto", "about", "than", "and", "or", "but", "so", "if", "then", "also",
            "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do",
            "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "'s",
            "such", "very", "more", "just", "even", "still", "while", "when", "where", "how", "why", "however",
            "additionally", "furthermore", "moreover", "meanwhile", "although", "though", "because", "since",
            "both", "either", "other", "another", "own", "up", "out", "over", "under", "after", "before");

    static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));

    /** "four", "hour", "tour" keep their "our"; longer words lose the British "u" ("labour", "colour"). */
    private static final int SHORTEST_OUR_WORD = 5;
    private static final int SHORTEST_STEM = 3;

    private WordKeys() {
    }

    /** The key of a word given in lower case, with apostrophes straightened. */
    static String key(String lower) {
        Integer number = NUMBER_WORDS.get(lower);
        if (number != null) {
            return number.toString();
        }
        if (!lower.isEmpty() && Character.isDigit(lower.charAt(0))) {
            return lower.replace(",", "");
        }
        if (lower.equals("%") || lower.equals("percent") || lower.equals("pc")) {
            return "%";
        }
        return stem(spelling(lower.replace(".", "")));
    }

    static boolean isStopWord(String lower) {
        return STOP_WORDS.contains(lower);
    }

    /** British spellings in their American form. */
    static String spelling(String w) {
        if (w.length() >= SHORTEST_OUR_WORD) {
            w = replaceOur(w);
        }
        w = w.replace("ise", "ize").replace("isa", "iza").replace("isi", "izi").replace("yse", "yze")
                .replace("ysi", "yzi").replace("lled", "led").replace("lling", "ling")
                .replace("ller", "ler").replace("ence", "ense").replace("dgement", "dgment").replace("ae", "e");
        if (w.endsWith("tre") || w.endsWith("bre")) {
            w = w.substring(0, w.length() - 2) + "er";
        } else if (w.endsWith("ogue")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("mme")) {
            w = w.substring(0, w.length() - 2);
        }
        return w;
    }

    private static String replaceOur(String w) {
        int at = w.indexOf("our", 2);
        return at < 0 ? w : w.substring(0, at) + "or" + w.substring(at + 3);
    }

    /** Plural, past and -ing endings and a final "e" removed, so word forms share one key. */
    static String stem(String w) {
        if (w.length() <= SHORTEST_STEM || !Character.isLetter(w.charAt(w.length() - 1))) {
            return w;
        }
        if (w.endsWith("ies") && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("es") && endsWithSibilant(w.substring(0, w.length() - 2))) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        String before = w;
        if (w.endsWith("ing") && w.length() - 3 >= SHORTEST_STEM) {
            w = w.substring(0, w.length() - 3);
        } else if (w.endsWith("ed") && w.length() - 2 >= SHORTEST_STEM) {
            w = w.substring(0, w.length() - 2);
        }
        if (!w.equals(before) && endsWithDoubledConsonant(w)) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith("e") && w.length() - 1 >= SHORTEST_STEM) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static boolean endsWithSibilant(String w) {
        return w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch") || w.endsWith("sh");
    }

    /** "stopp" from "stopped"; not "kill" or "pass", whose double letter belongs to the word. */
    private static boolean endsWithDoubledConsonant(String w) {
        int n = w.length();
        if (n < 2) {
            return false;
        }
        char last = w.charAt(n - 1);
        return last == w.charAt(n - 2) && "aeioulsz".indexOf(last) < 0;
    }
}
