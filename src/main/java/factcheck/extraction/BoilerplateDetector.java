package factcheck.extraction;

import java.util.HashSet;
import java.util.Set;
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

    /** Whole words only: "ap photo" inside "the map photo shows" is no credit. */
    private static final Pattern AGENCY_CREDIT = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:getty images|via reuters|ap photo|afp photo|shutterstock|/ reuters|/ afp|epa-efe)"
                    + "(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE);

    /** What an author biography says its subject is. */
    private static final String[] PROFESSIONS = {
        "lecturer", "professor", "reader", "fellow", "researcher", "director", "editor", "correspondent",
        "reporter", "analyst", "scientist", "candidate", "student", "journalist", "writer", "author",
        "columnist", "contributor", "economist", "historian", "chair", "dean"};

    private static final Pattern AUTHOR_BIO = Pattern.compile(
            "^(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,4}is\\s+(?:an?\\s+|the\\s+)?(?:[\\p{L}-]+\\s+){0,4}?"
                    + "(?i:" + String.join("|", PROFESSIONS) + ")\\b");

    private static final int SHORT_CREDIT_WORDS = 12;

    /** Every alternative of {@link #AGENCY_CREDIT} contains one of these, so they gate the regex. */
    private static final String[] AGENCY_NAMES = {"getty", "reuters", "ap photo", "afp", "shutterstock", "epa-efe"};
    /** The ASCII letters, either case, that {@link #AGENCY_NAMES} start with: no other character folds to them. */
    private static final boolean[] AGENCY_INITIALS = agencyInitials();

    /** The most words of a name {@link #AUTHOR_BIO} reads before "is". */
    private static final int MAX_NAME_WORDS = 4;

    /** "is", the word an {@link #AUTHOR_BIO} turns on: the scan looks for it after a short capitalised start. */
    private static final String IS = "is";

    /**
     * A notice phrase with the word it is found by, its anchor: its longest word but the last, so
     * that a space follows it and, where the phrase is written, it is a token of its own. Rare
     * words all, so the scan stops at few tokens.
     *
     * @param wordsBefore how many words of the phrase come before the anchor
     * @param charsBefore how many characters of the phrase come before the anchor
     */
    private record Notice(String phrase, String anchor, int wordsBefore, int charsBefore) {
    }

    /** {@link #NOTICE_PHRASES} with their anchors, in the same order. */
    private static final Notice[] NOTICES = notices();

    /** The words the scan stops at, for the {@link Vocabulary}: the anchors, and {@link #IS}. */
    static final Set<String> NOTICE_WORDS = noticeWords();

    private BoilerplateDetector() {
    }

    /** A reason such as "boilerplate: republication notice", or null for ordinary prose. */
    static String detect(String sentence) {
        Tokens tokens = new Tokenizer().tokenize(sentence, 0, sentence.length());
        return detect(tokens, 0, sentence.length());
    }

    /**
     * The same for the sentence at [start, end) of the tokens' text, whose tokens they are,
     * without copying it: one pass over the tokens of its head stops at the anchors of notice
     * phrases, which match case-insensitively where they start a token, and at "is", which
     * starts an {@link #AUTHOR_BIO} only after a few capitalised words; agency names are looked
     * for only in short sentences; the regexes run on the head in place, and only when a cheaper
     * test says they can match.
     */
    static String detect(Tokens tokens, int start, int end) {
        String text = tokens.text();
        int headEnd = Math.min(end, start + HEAD);
        int notice = NOTICE_PHRASES.length;
        boolean mayBeBio = false;
        for (int k = 0; k < tokens.size() && tokens.start(k) < headEnd; k++) {
            if (!tokens.isNoticeWord(k)) {
                continue;
            }
            String word = tokens.lower(k);
            mayBeBio |= word.equals(IS) && followsShortCapitalisedStart(tokens, k)
                    && namesProfessionAfter(tokens, k, headEnd);
            for (int phrase = 0; phrase < notice; phrase++) {
                if (NOTICES[phrase].anchor().equals(word) && isWrittenAt(tokens, k, NOTICES[phrase], start, headEnd)) {
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
        if (end - start <= HEAD && isShort(tokens) && mentionsAgency(text, start, end)
                && AGENCY_CREDIT.matcher(text).region(start, end).find()) {
            return "boilerplate: image or media credit";
        }
        if (mayBeBio && AUTHOR_BIO.matcher(text).region(start, headEnd).lookingAt()) {
            return "boilerplate: author biography";
        }
        return null;
    }

    /** True when {@code notice}, whose anchor is token {@code k}, starts a token and is written there. */
    private static boolean isWrittenAt(Tokens tokens, int k, Notice notice, int start, int headEnd) {
        int first = k - notice.wordsBefore();
        int at = tokens.start(k) - notice.charsBefore();
        return first >= 0 && tokens.start(first) == at && at >= start
                && matchesAt(tokens.text(), at, headEnd, notice.phrase());
    }

    /**
     * True when token {@code k} follows whitespace and at most {@link #MAX_NAME_WORDS} runs of
     * non-space characters, each starting with an upper-case letter: where "is" stands in every
     * {@link #AUTHOR_BIO}, whose name words are letters and joiners separated by whitespace.
     */
    private static boolean followsShortCapitalisedStart(Tokens tokens, int k) {
        if (k == 0 || !tokens.spaced(k) || !tokens.isCapitalised(0)) {
            return false;
        }
        int words = 1;
        for (int j = 1; j < k; j++) {
            if (tokens.spaced(j) && (++words > MAX_NAME_WORDS || !tokens.isCapitalised(j))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when a token after token {@code k} and whitespace starts with one of the
     * {@link #PROFESSIONS}, as the one an {@link #AUTHOR_BIO} ends with does. The regex costs
     * thousands of steps on a sentence that only starts like a biography ("Kazakhstan is the
     * largest…"); this look costs a few per token.
     */
    private static boolean namesProfessionAfter(Tokens tokens, int k, int headEnd) {
        String text = tokens.text();
        for (int t = k + 1; t < tokens.size() && tokens.start(t) < headEnd; t++) {
            if (tokens.spaced(t) && startsWithAny(text, tokens.start(t), headEnd, PROFESSIONS)) {
                return true;
            }
        }
        return false;
    }

    /** True when one of {@code words} (lower case) is written at {@code i}, ignoring case. */
    private static boolean startsWithAny(String text, int i, int end, String[] words) {
        char first = fold(text.charAt(i));
        for (String word : words) {
            if (word.charAt(0) == first && matchesAt(text, i, end, word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the text can start as {@link #CREDIT} requires: with one of its words, after an
     * optional bracket, ignoring ASCII case as the regex does. Asked of every sentence, so the
     * first letter is compared before any word.
     */
    private static boolean startsWithCreditWord(String text, int start, int end) {
        int i = start < end && (text.charAt(start) == '(' || text.charAt(start) == '[') ? start + 1 : start;
        if (i >= end) {
            return false;
        }
        return startsWithAny(text, i, end, CREDIT_WORDS);
    }

    /**
     * At most {@link #SHORT_CREDIT_WORDS} runs of characters other than whitespace: the first
     * token and every token with whitespace before it start one.
     */
    private static boolean isShort(Tokens tokens) {
        int words = tokens.isEmpty() ? 0 : 1;
        for (int k = 1; k < tokens.size() && words <= SHORT_CREDIT_WORDS; k++) {
            words += tokens.spaced(k) ? 1 : 0;
        }
        return words <= SHORT_CREDIT_WORDS;
    }

    /**
     * True when one of the {@link #AGENCY_NAMES} starts a word somewhere, ignoring case. Asked of
     * every short sentence, so a character is first tested against the names' ASCII initials.
     */
    private static boolean mentionsAgency(String text, int start, int end) {
        boolean afterLetterOrDigit = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!afterLetterOrDigit && c < 128 && AGENCY_INITIALS[c] && startsWithAny(text, i, end, AGENCY_NAMES)) {
                return true;
            }
            afterLetterOrDigit = c < 128 ? TextScan.isAsciiLetter(c) || Tokenizer.isAsciiDigit(c)
                    : Character.isLetterOrDigit(c);
        }
        return false;
    }

    private static boolean[] agencyInitials() {
        boolean[] initials = new boolean[128];
        for (String agency : AGENCY_NAMES) {
            initials[agency.charAt(0)] = true;
            initials[Character.toUpperCase(agency.charAt(0))] = true;
        }
        return initials;
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

    private static Notice[] notices() {
        Notice[] notices = new Notice[NOTICE_PHRASES.length];
        for (int k = 0; k < notices.length; k++) {
            String[] words = NOTICE_PHRASES[k].split(" ");
            int anchor = 0;
            int charsBefore = 0;
            for (int w = 1; w < words.length - 1; w++) {
                if (words[w].length() > words[anchor].length()) {
                    anchor = w;
                }
            }
            for (int w = 0; w < anchor; w++) {
                charsBefore += words[w].length() + 1;
            }
            notices[k] = new Notice(NOTICE_PHRASES[k], words[anchor], anchor, charsBefore);
        }
        return notices;
    }

    private static Set<String> noticeWords() {
        Set<String> words = new HashSet<>();
        for (Notice notice : NOTICES) {
            words.add(notice.anchor());
        }
        words.add(IS);
        return Set.copyOf(words);
    }
}
