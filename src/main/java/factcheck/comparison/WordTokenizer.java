package factcheck.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a sentence into {@link Word}s in one left-to-right pass over character classes. Hyphenated
 * words become their parts ("anti-war" is "anti" and "war", so "anti war" reads the same); "n't" becomes
 * "not"; a possessive "'s" is dropped; figures are split from glued scale and percent signs ("1.2bn" is
 * "1.2" and "bn", "40pc" is "40" and "%") but not from ordinal or decade endings ("21st", "1990s").
 * "per cent" becomes one word, "%".
 */
final class WordTokenizer {

    /** Symbols that are part of a figure, compared like words. */
    private static final String SIGNS = "%$£€¥₹₽";
    /** Endings glued to a figure that are words of their own: scale and per cent. */
    private static final Set<String> GLUED_UNITS = Set.of("k", "m", "mn", "bn", "b", "tn", "trn", "pc");

    /** The words of {@code text[from, to)}, with offsets into the whole text. */
    List<Word> tokenize(String text, int from, int to) {
        List<Word> words = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                i = figure(text, i, to, words);
            } else if (Character.isLetter(c)) {
                i = word(text, i, to, words);
            } else if (c == '-' && !words.isEmpty() && words.get(words.size() - 1).end() == i && i + 1 < to
                    && Character.isLetterOrDigit(text.charAt(i + 1))) {
                i++;
            } else {
                if (!Character.isWhitespace(c)) {
                    add(words, text, i, i + 1);
                }
                i++;
            }
        }
        return mergePerCent(text, words);
    }

    private static int figure(String text, int start, int to, List<Word> out) {
        int i = start;
        while (i < to && (Character.isDigit(text.charAt(i)) || isGroupMark(text, i, to))) {
            i++;
        }
        int letters = i;
        while (letters < to && Character.isLetter(text.charAt(letters))) {
            letters++;
        }
        String suffix = text.substring(i, letters).toLowerCase(Locale.ROOT);
        if (GLUED_UNITS.contains(suffix)) {
            add(out, text, start, i);
            add(out, text, i, letters);
        } else {
            add(out, text, start, letters);
        }
        return letters;
    }

    /** A comma or dot between digits: "1,500", "2.5". */
    private static boolean isGroupMark(String text, int i, int to) {
        char c = text.charAt(i);
        return (c == ',' || c == '.') && i + 1 < to && Character.isDigit(text.charAt(i + 1)) && i > 0
                && Character.isDigit(text.charAt(i - 1));
    }

    private static int word(String text, int start, int to, List<Word> out) {
        int i = start;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                i++;
            } else if (isApostrophe(c) && i + 1 < to && Character.isLetter(text.charAt(i + 1))) {
                int end = letterRunEnd(text, i + 1, to);
                String tail = text.substring(i + 1, end).toLowerCase(Locale.ROOT);
                if (tail.equals("s")) {
                    add(out, text, start, i);
                    return end;
                }
                if (tail.equals("t") && i - 1 > start && Character.toLowerCase(text.charAt(i - 1)) == 'n') {
                    add(out, text, start, i - 1);
                    out.add(new Word(i - 1, end, text.substring(i - 1, end), "not", "not"));
                    return end;
                }
                i = end;
            } else if (c == '.' && isDottedAbbreviation(text, start, i, to)) {
                i++;
            } else {
                break;
            }
        }
        add(out, text, start, i);
        return i;
    }

    /** "U.S.", "U.K.": single letters each followed by a dot. */
    private static boolean isDottedAbbreviation(String text, int start, int dot, int to) {
        boolean singleLetterBefore = dot - 1 == start || dot - 2 >= start && text.charAt(dot - 2) == '.';
        boolean letterAfter = dot + 2 < to && Character.isLetter(text.charAt(dot + 1)) && text.charAt(dot + 2) == '.';
        boolean closesOne = dot - 2 >= start && text.charAt(dot - 2) == '.';
        return singleLetterBefore && (letterAfter || closesOne);
    }

    private static int letterRunEnd(String text, int i, int to) {
        while (i < to && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ';
    }

    private static void add(List<Word> out, String text, int start, int end) {
        String written = text.substring(start, end);
        String lower = written.toLowerCase(Locale.ROOT).replace('’', '\'').replace('ʼ', '\'');
        boolean punctuation = !Character.isLetterOrDigit(written.charAt(0)) && SIGNS.indexOf(written.charAt(0)) < 0;
        String key = punctuation ? null : WordKeys.key(lower);
        out.add(new Word(start, end, written, lower.equals("pc") ? "%" : lower, key));
    }

    /** "per cent" as one word, "%", like "percent". */
    private static List<Word> mergePerCent(String text, List<Word> words) {
        List<Word> merged = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (w.lower().equals("per") && i + 1 < words.size() && words.get(i + 1).lower().equals("cent")) {
                Word cent = words.get(i + 1);
                merged.add(new Word(w.start(), cent.end(), text.substring(w.start(), cent.end()), "%", "%"));
                i++;
            } else {
                merged.add(w.lower().equals("percent") ? new Word(w.start(), w.end(), w.text(), "%", "%") : w);
            }
        }
        return merged;
    }
}
