package factcheck.extraction;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Recognises publishing furniture that is never a claim: republication and licence notices,
 * "Read the original article", newsletter and sharing prompts, image credits and author bios.
 * Only the first few hundred characters are examined, and every pattern has bounded repetition,
 * so a huge sentence costs no more than a short one.
 */
final class BoilerplateDetector {

    private static final int HEAD = 400;

    private static final String[] NOTICE_PHRASES = {
        "republished from", "republished under", "originally published", "creative commons",
        "read the original article", "all rights reserved", "sign up for our", "subscribe to our",
        "follow us on", "click here", "share this article", "this story was produced",
        "the views expressed in this", "has been updated to", "copyright ©"
    };

    /** The words a {@link #CREDIT} can start with; "photograph" and "file photo" start with two of them. */
    private static final String[] CREDIT_WORDS = {
        "photo", "image", "picture", "credit", "illustration", "video", "caption", "file", "source"};

    private static final Pattern CREDIT = Pattern.compile(
            "^[(\\[]?(?:photo|image|picture|photograph|credit|illustration|video|caption|file photo|source image)"
                    + "(?:\\s+(?:by|credit))?\\s*[:|/]", Pattern.CASE_INSENSITIVE);

    private static final Pattern AGENCY_CREDIT = Pattern.compile(
            "getty images|via reuters|ap photo|afp photo|shutterstock|/ reuters|/ afp|epa-efe",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern AUTHOR_BIO = Pattern.compile(
            "^(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,4}is\\s+(?:an?\\s+|the\\s+)?(?:[\\p{L}-]+\\s+){0,4}?"
                    + "(?i:lecturer|professor|reader|fellow|researcher|director|editor|correspondent|reporter"
                    + "|analyst|scientist|candidate|student|journalist|writer|author|columnist|contributor"
                    + "|economist|historian|chair|dean|lecturer)\\b");

    private static final int SHORT_CREDIT_WORDS = 12;

    /** Every alternative of {@link #AGENCY_CREDIT} contains one of these, so they gate the regex. */
    private static final String[] AGENCY_NAMES = {"getty", "reuters", "ap photo", "afp", "shutterstock", "epa-efe"};

    /**
     * Looked for by the same pass, numbered after the notice phrases: an author biography needs
     * it somewhere in the head, so the biography regex only runs on sentences that have it.
     */
    private static final String IS_PHRASE = " is ";
    private static final int IS = NOTICE_PHRASES.length;
    /** The agency names are numbered after {@link #IS} and looked for by the same pass too. */
    private static final int FIRST_AGENCY = IS + 1;
    private static final int[] NONE = {};

    /** Phrase indexes by their first two characters. */
    private static final int[][] BY_FIRST_TWO = byFirstTwo();

    /**
     * One bit per pair of first two characters that starts a phrase: 2 KB, which stays in the
     * L1 cache, so the usual position costs a bit test instead of a read from the 64 KB index.
     */
    private static final long[] STARTS_PHRASE = phraseStartBits();

    private BoilerplateDetector() {
    }

    /** A reason such as "boilerplate: republication notice", or null for ordinary prose. */
    static String detect(String sentence) {
        return detect(sentence, 0, sentence.length());
    }

    /**
     * The same for the sentence at [start, end) of {@code text}, without copying it: one pass
     * over its head finds the notice phrases (case-insensitively), {@link #IS_PHRASE} and the
     * agency names; the regexes run on the head in place, and only when a cheaper test says they
     * can match. Words are counted only for the rare sentence that names an agency.
     */
    static String detect(String text, int start, int end) {
        int headEnd = Math.min(end, start + HEAD);
        int notice = NOTICE_PHRASES.length;
        boolean hasIs = false;
        boolean mentionsAgency = false;
        // Each character is read once: as the next one of a pair, then as the current one.
        char folded = start < headEnd ? fold(text.charAt(start)) : 0;
        for (int i = start; i + 1 < headEnd; i++) {
            char c = folded;
            folded = fold(text.charAt(i + 1));
            if (!startsPhrase(c, folded)) {
                continue;
            }
            for (int phrase : BY_FIRST_TWO[c * 128 + folded]) {
                if (phrase >= FIRST_AGENCY) {
                    mentionsAgency |= matchesAt(text, i, headEnd, AGENCY_NAMES[phrase - FIRST_AGENCY]);
                } else if (phrase == IS) {
                    hasIs |= matchesAt(text, i, headEnd, IS_PHRASE);
                } else if (phrase < notice && matchesAt(text, i, headEnd, NOTICE_PHRASES[phrase])) {
                    notice = phrase;
                }
            }
        }
        if (notice < NOTICE_PHRASES.length) {
            return "boilerplate: publishing notice (\"" + NOTICE_PHRASES[notice] + "\")";
        }
        if (startsWithCreditWord(text, start, headEnd) && CREDIT.matcher(text).region(start, headEnd).lookingAt()) {
            return "boilerplate: image or media credit";
        }
        // Only a sentence that fits in the head can be a short agency credit.
        if (mentionsAgency && end - start <= HEAD && words(text, start, end) <= SHORT_CREDIT_WORDS
                && AGENCY_CREDIT.matcher(text).region(start, headEnd).find()) {
            return "boilerplate: image or media credit";
        }
        if (hasIs && AUTHOR_BIO.matcher(text).region(start, headEnd).lookingAt()) {
            return "boilerplate: author biography";
        }
        return null;
    }

    /**
     * True when the text can start as {@link #CREDIT} requires: with one of its words, after an
     * optional bracket. Compared ignoring case as {@link String#regionMatches(boolean, int, String,
     * int, int)} does, which accepts all the regex accepts (and a little more).
     */
    private static boolean startsWithCreditWord(String text, int start, int end) {
        int i = start < end && (text.charAt(start) == '(' || text.charAt(start) == '[') ? start + 1 : start;
        for (String word : CREDIT_WORDS) {
            if (i + word.length() <= end && text.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    /** Runs of characters other than whitespace. */
    private static int words(String text, int start, int end) {
        int words = 0;
        boolean inWord = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            boolean letter = c < 128 ? !TextScan.isAsciiWhitespace(c) : !Character.isWhitespace(c);
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    /** True when {@code phrase} (lower case) occurs at {@code i}, compared as the lower-cased text would be. */
    private static boolean matchesAt(String text, int i, int to, String phrase) {
        if (i + phrase.length() > to) {
            return false;
        }
        for (int k = 0; k < phrase.length(); k++) {
            if (fold(text.charAt(i + k)) != phrase.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The character {@code c} becomes in {@code toLowerCase(Locale.ROOT)}, as far as the ASCII
     * phrases (and "©") can tell: only ASCII letters and the Kelvin sign lower-case to ASCII;
     * "İ" becomes "i" plus a combining dot, which ends no phrase, so it matches nothing.
     */
    private static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        if (c == '\u212A') {
            return 'k';
        }
        return c == '\u0130' ? '\uFFFF' : c;
    }

    private static boolean startsPhrase(char c, char d) {
        int key = c * 128 + d;
        return c < 128 && d < 128 && (STARTS_PHRASE[key >>> 6] & 1L << key) != 0;
    }

    private static long[] phraseStartBits() {
        long[] bits = new long[128 * 128 / 64];
        for (int key = 0; key < BY_FIRST_TWO.length; key++) {
            if (BY_FIRST_TWO[key].length > 0) {
                bits[key >>> 6] |= 1L << key;
            }
        }
        return bits;
    }

    /**
     * Indexes of the phrases by {@code first * 128 + second} character; {@link #IS} is
     * {@link #IS_PHRASE}, and from {@link #FIRST_AGENCY} on they are the agency names.
     */
    private static int[][] byFirstTwo() {
        int[][] table = new int[128 * 128][];
        Arrays.fill(table, NONE);
        for (int k = 0; k < FIRST_AGENCY + AGENCY_NAMES.length; k++) {
            String phrase = k < IS ? NOTICE_PHRASES[k] : k == IS ? IS_PHRASE : AGENCY_NAMES[k - FIRST_AGENCY];
            int key = phrase.charAt(0) * 128 + phrase.charAt(1);
            int[] before = table[key];
            int[] after = Arrays.copyOf(before, before.length + 1);
            after[before.length] = k;
            table[key] = after;
        }
        return table;
    }
}
