package factcheck.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

// Placeholder until the real extractor lands.
public final class ClaimExtractor {
    public static final double DEFAULT_THRESHOLD = 0.5;
    private final double threshold;
    public ClaimExtractor() { this(DEFAULT_THRESHOLD); }
    public ClaimExtractor(double threshold) { this.threshold = threshold; }
    public List<ExtractedClaim> extract(String text) {
        List<ExtractedClaim> out = new ArrayList<>();
        Matcher m = Pattern.compile("[^.\\n]*\\d[^.\\n]*\\.").matcher(text);
        while (m.find()) {
            String t = m.group().strip();
            int s = text.indexOf(t, m.start());
            out.add(new ExtractedClaim(s, s + t.length(), t, 0.8, List.of("states a number"), ClaimKind.STATISTIC, List.of()));
        }
        return out;
    }
}
