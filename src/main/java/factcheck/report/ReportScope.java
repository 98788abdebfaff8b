package factcheck.report;

import com.fasterxml.jackson.annotation.JsonValue;
import factcheck.input.InvalidFieldException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Which of the claims a report holds: those whose verdict may be published, those somebody decided about, or all.
 * Its summary then counts those claims only. The query parameter {@code scope}; {@code all} when not given, the
 * whole state of the review as reports have always shown it.
 */
public enum ReportScope {
    /** Claims with a published verdict, as {@link ClaimReport#publishedVerdict()} decides. */
    PUBLISHED("published", "claims with a published verdict"),
    /** Reviewed or dismissed claims, published or not. */
    REVIEWED("reviewed", "reviewed and dismissed claims"),
    ALL("all", "all claims");

    private final String parameter;
    private final String description;

    ReportScope(String parameter, String description) {
        this.parameter = parameter;
        this.description = description;
    }

    /** The value of the {@code scope} query parameter, and of the JSON reports' {@code scope}. */
    @JsonValue
    public String parameter() {
        return parameter;
    }

    /** The claims it holds, in words: "claims with a published verdict". */
    public String description() {
        return description;
    }

    /** The description as a choice of its own: "Claims with a published verdict". */
    public String label() {
        return Character.toUpperCase(description.charAt(0)) + description.substring(1);
    }

    boolean includes(ClaimReport claim) {
        return switch (this) {
            case PUBLISHED -> claim.publishedVerdict().isPresent();
            case REVIEWED -> claim.status().isFinished();
            case ALL -> true;
        };
    }

    /**
     * The scope named by the {@code scope} query parameter, in any case; {@link #ALL} when it is missing or blank.
     *
     * @throws InvalidFieldException naming the allowed values when the value is none of them
     */
    public static ReportScope fromParameter(String value) {
        if (value == null || value.isBlank()) {
            return ALL;
        }
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(scope -> scope.parameter.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new InvalidFieldException("scope", "'" + value
                        + "' is not a report scope; allowed values: " + Arrays.stream(values())
                        .map(ReportScope::parameter).collect(Collectors.joining(", ")) + "."));
    }
}
