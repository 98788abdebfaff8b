package factcheck.report;

import factcheck.claim.ClaimLabels;
import factcheck.claim.Verdict;
import factcheck.input.FormDates;
import factcheck.input.FormEnums;
import factcheck.input.InvalidFieldException;
import com.fasterxml.jackson.annotation.JsonIgnore;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Which claims a report across articles holds; every criterion is optional and they combine.
 *
 * @param from     first day, inclusive, of the claim's review time (the last save of its verdict or dismissal), a day
 *                 in the organisation's time zone; with {@code from} or {@code to} only reviewed and dismissed claims
 *                 can match
 * @param to       last day, inclusive, of the review time
 * @param verdict  only claims reviewed with this verdict
 * @param reviewer only claims reviewed or dismissed by this user ({@code Claim.reviewedBy}, exactly)
 * @param outlet   only claims of articles from this outlet (ignoring case)
 * @param scope    only published, only reviewed or dismissed, or all claims
 */
public record ReportFilter(LocalDate from, LocalDate to, Verdict verdict, String reviewer, String outlet,
                           ReportScope scope) {

    static final int TEXT_MAX = 200;

    /** Reads the query parameters as a person or a script typed them; each mistake names its field. */
    public static ReportFilter parse(String from, String to, String verdict, String reviewer, String outlet,
                                     String scope) {
        LocalDate fromDay = FormDates.optional("from", from);
        LocalDate toDay = FormDates.optional("to", to);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            throw new InvalidFieldException("to", "The last day (" + toDay + ") comes before the first (" + fromDay
                    + ").");
        }
        return new ReportFilter(fromDay, toDay, FormEnums.optional("verdict", verdict, Verdict.class),
                text("reviewer", reviewer), text("outlet", outlet), ReportScope.fromParameter(scope));
    }

    /**
     * The criteria in words, for the report's heading: "claims with a published verdict, verdict False, reviewed
     * 2024-11-01 to 2024-11-30".
     */
    @JsonIgnore
    public String description() {
        List<String> parts = new ArrayList<>();
        if (scope != ReportScope.ALL) {
            parts.add(scope.description());
        }
        if (verdict != null) {
            parts.add("verdict " + ClaimLabels.label(verdict));
        }
        if (from != null || to != null) {
            parts.add("reviewed " + (from == null ? "up" : "from " + from) + (to == null ? " on" : " to " + to));
        }
        if (reviewer != null) {
            parts.add("by " + reviewer);
        }
        if (outlet != null) {
            parts.add("outlet " + outlet);
        }
        return parts.isEmpty() ? "all claims" : String.join(", ", parts);
    }

    /** The filter as a query string without the leading "?", for links to the same report in another format. */
    @JsonIgnore
    public String query() {
        List<String> parameters = new ArrayList<>();
        add(parameters, "from", from);
        add(parameters, "to", to);
        add(parameters, "verdict", verdict);
        add(parameters, "reviewer", reviewer);
        add(parameters, "outlet", outlet);
        if (scope != ReportScope.ALL) {
            add(parameters, "scope", scope.parameter());
        }
        return String.join("&", parameters);
    }

    private static void add(List<String> parameters, String name, Object value) {
        if (value != null) {
            parameters.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
    }

    private static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > TEXT_MAX) {
            throw new InvalidFieldException(field, "At most " + TEXT_MAX + " characters.");
        }
        return stripped;
    }
}
