package factcheck.claim.history;

import factcheck.claim.ClaimLabels;
import factcheck.claim.ClaimStatus;
import factcheck.claim.Stance;
import factcheck.claim.Verdict;
import factcheck.extraction.Quantity;
import io.quarkus.qute.TemplateExtension;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Words for the claim page's timeline: field names people read, and values as the rest of the page shows them. */
@TemplateExtension
public final class HistoryLabels {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final int SUBJECT_LENGTH = 80;

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("status", "Status"),
            Map.entry("verdict", "Verdict"),
            Map.entry("rationale", "Rationale"),
            Map.entry("text", "Text"),
            Map.entry("start", "Starts at character"),
            Map.entry("end", "Ends at character"),
            Map.entry("textPrefix", "Text before"),
            Map.entry("textSuffix", "Text after"),
            Map.entry("anchorState", "Place in the text"),
            Map.entry("needsReview", "Flagged for review"),
            Map.entry("previousText", "Earlier text"),
            Map.entry("score", "Check-worthiness"),
            Map.entry("reasons", "Reasons"),
            Map.entry("kind", "Kind"),
            Map.entry("quantities", "Quantities"),
            Map.entry("assignee", "Assigned to"),
            Map.entry("createdAt", "Created"),
            Map.entry("url", "URL"),
            Map.entry("title", "Title"),
            Map.entry("publisher", "Publisher"),
            Map.entry("excerpt", "Excerpt"),
            Map.entry("stance", "Stance"),
            Map.entry("publishedOn", "Published on"),
            Map.entry("accessedAt", "Accessed"));

    private HistoryLabels() {
    }

    /** "unknown" when nobody was signed in, or for rows that existed before the history began. */
    public static String whoText(HistoryEntry entry) {
        return entry.who() != null ? entry.who() : "unknown";
    }

    public static String atText(HistoryEntry entry) {
        return WHEN.format(entry.at());
    }

    /**
     * "Claim changed", "Assigned to maria", "Moved with the text", "Source added", "Note removed": followed on the
     * page by the {@link #subject}.
     */
    public static String summary(HistoryEntry entry) {
        return switch (entry.entity()) {
            case CLAIM -> claimSummary(entry);
            case SOURCE -> "Source " + verb(entry.action());
            case NOTE -> "Note " + verb(entry.action());
        };
    }

    /** Whether the entry lists its fields: changes do; an addition, removal, move or assignment is told by its summary. */
    public static boolean listsChanges(HistoryEntry entry) {
        return entry.action() == HistoryAction.UPDATED && !entry.changes().isEmpty() && assignment(entry) == null;
    }

    private static String claimSummary(HistoryEntry entry) {
        FieldChange assignment = assignment(entry);
        if (assignment != null) {
            return assignment.to() != null ? "Assigned to " + assignment.to()
                    : "No longer assigned to " + assignment.from();
        }
        return switch (entry.action()) {
            case CREATED -> "Claim proposed";
            case MOVED -> "Moved with the text (a correction elsewhere in the article)";
            default -> "Claim " + verb(entry.action());
        };
    }

    /** The change of assignee, when that is all the entry changed. */
    private static FieldChange assignment(HistoryEntry entry) {
        boolean only = entry.action() == HistoryAction.UPDATED && entry.changes().size() == 1
                && entry.changes().get(0).field().equals("assignee");
        return only ? entry.changes().get(0) : null;
    }

    public static String label(FieldChange change) {
        return FIELDS.getOrDefault(change.field(), change.field());
    }

    public static String fromText(FieldChange change) {
        return display(change.from());
    }

    public static String toText(FieldChange change) {
        return display(change.to());
    }

    private static String verb(HistoryAction action) {
        return switch (action) {
            case CREATED -> "added";
            case UPDATED -> "changed";
            case MOVED -> "moved";
            case DELETED -> "removed";
        };
    }

    /**
     * What a source or note is, by its title, else its URL or text ("Interior ministry figures", "Ask the
     * ministry…"); null for a claim. User text: the page isolates it from the summary's words.
     */
    public static String subject(HistoryEntry entry) {
        if (entry.entity() == ChangedEntity.CLAIM) {
            return null;
        }
        for (String field : List.of("title", "url", "text")) {
            for (FieldChange change : entry.changes()) {
                Object value = change.to() != null ? change.to() : change.from();
                if (change.field().equals(field) && value != null) {
                    String text = value.toString();
                    return text.length() <= SUBJECT_LENGTH ? text : text.substring(0, SUBJECT_LENGTH - 1) + "…";
                }
            }
        }
        return null;
    }

    static String display(Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof ClaimStatus status) {
            return ClaimLabels.label(status);
        }
        if (value instanceof Verdict verdict) {
            return ClaimLabels.label(verdict);
        }
        if (value instanceof Stance stance) {
            return ClaimLabels.label(stance);
        }
        if (value instanceof Enum<?> constant) {
            String words = constant.name().toLowerCase().replace('_', ' ');
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }
        if (value instanceof Boolean flag) {
            return flag ? "yes" : "no";
        }
        if (value instanceof Instant instant) {
            return WHEN.format(instant);
        }
        if (value instanceof Collection<?> items) {
            return items.isEmpty() ? "none" : items.stream()
                    .map(item -> item instanceof Quantity quantity ? quantity.text() : String.valueOf(item))
                    .collect(Collectors.joining(", "));
        }
        return value.toString();
    }
}
