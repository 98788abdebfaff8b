package factcheck.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sample article and its hand-labelled gold file, read from the classpath. The gold file is
 * read with two purpose-made regexes (sentence strings and quantity value/unit pairs), not a
 * JSON parser; that is enough for its fixed, flat layout.
 */
final class GoldStandard {

    static final String ARTICLE = "/demo/central-asia-distancing-from-russia.txt";
    static final String GOLD = "/central-asia-gold.json";

    record GoldQuantity(String value, String unit) {
    }

    record GoldSentence(String sentence, String kind, List<GoldQuantity> quantities) {
    }

    private static final Pattern STRING_FIELD =
            Pattern.compile("\"(sentence|kind)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern QUANTITY = Pattern.compile(
            "\"value\"\\s*:\\s*(null|\"((?:[^\"\\\\]|\\\\.)*)\"|[-0-9.]+)\\s*,\\s*\"unit\"\\s*:\\s*\"([^\"]*)\"");

    private GoldStandard() {
    }

    static String article() {
        return resource(ARTICLE);
    }

    static List<GoldSentence> required() {
        return sentences(section("\"required\"", "\"optional\""));
    }

    static List<GoldSentence> negatives() {
        return sentences(section("\"negatives\"", null));
    }

    static String resource(String path) {
        try (InputStream in = GoldStandard.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String section(String startKey, String endKey) {
        String json = resource(GOLD);
        int start = json.indexOf(startKey);
        int end = endKey == null ? json.length() : json.indexOf(endKey, start);
        if (start < 0 || end < 0) {
            throw new IllegalStateException("gold file has no section " + startKey);
        }
        return json.substring(start, end);
    }

    /** Splits a section at each "sentence" key so quantities stay with their sentence. */
    private static List<GoldSentence> sentences(String section) {
        List<GoldSentence> result = new ArrayList<>();
        String[] entries = section.split("(?=\"sentence\"\\s*:)");
        for (String entry : entries) {
            String sentence = null;
            String kind = null;
            Matcher field = STRING_FIELD.matcher(entry);
            while (field.find()) {
                if (field.group(1).equals("sentence")) {
                    sentence = unescape(field.group(2));
                } else {
                    kind = field.group(2);
                }
            }
            if (sentence == null) {
                continue;
            }
            List<GoldQuantity> quantities = new ArrayList<>();
            Matcher q = QUANTITY.matcher(entry);
            while (q.find()) {
                String raw = q.group(1);
                String value = raw.equals("null") ? null : q.group(2) != null ? unescape(q.group(2)) : raw;
                quantities.add(new GoldQuantity(value, q.group(3)));
            }
            result.add(new GoldSentence(sentence, kind, quantities));
        }
        return result;
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                b.append(c);
                continue;
            }
            char next = s.charAt(++i);
            if (next == 'u' && i + 4 < s.length()) {
                b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                i += 4;
            } else if (next == 'n') {
                b.append('\n');
            } else {
                b.append(next);
            }
        }
        return b.toString();
    }
}
