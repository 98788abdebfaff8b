package factcheck.extraction;

import java.util.Locale;
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

    private BoilerplateDetector() {
    }

    /** A reason such as "boilerplate: republication notice", or null for ordinary prose. */
    static String detect(String sentence) {
        String head = sentence.length() > HEAD ? sentence.substring(0, HEAD) : sentence;
        String lower = head.toLowerCase(Locale.ROOT);
        for (String phrase : NOTICE_PHRASES) {
            if (lower.contains(phrase)) {
                return "boilerplate: publishing notice (\"" + phrase + "\")";
            }
        }
        boolean hasCreditSeparator = head.indexOf(':') >= 0 || head.indexOf('|') >= 0 || head.indexOf('/') >= 0;
        if (hasCreditSeparator && CREDIT.matcher(head).find()) {
            return "boilerplate: image or media credit";
        }
        if (sentence.length() <= HEAD && wordCount(head) <= SHORT_CREDIT_WORDS && AGENCY_CREDIT.matcher(head).find()) {
            return "boilerplate: image or media credit";
        }
        if (lower.contains(" is ") && AUTHOR_BIO.matcher(head).find()) {
            return "boilerplate: author biography";
        }
        return null;
    }

    private static int wordCount(String s) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = !Character.isWhitespace(s.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }
}
