package factcheck.claim.history;

import factcheck.claim.AnchorState;
import factcheck.extraction.Quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Tells a claim's real changes from its moving with the text: a correction elsewhere in the article shifts a claim's
 * offsets, the text around it and its quantities' offsets, but nothing the claim says. Such a change is one "moved
 * with the text" entry without fields, and several in a row are one.
 */
final class MovesWithTheText {

    /** Where a claim stands, not what it says; the offsets of its quantities are compared apart. */
    private static final Set<String> POSITION_FIELDS = Set.of("start", "end", "textPrefix", "textSuffix");
    /** Context kept for re-anchoring, of no interest to a reader of the history. */
    private static final Set<String> CONTEXT_FIELDS = Set.of("textPrefix", "textSuffix");
    private static final Set<AnchorState> IN_PLACE = Set.of(AnchorState.ANCHORED, AnchorState.MOVED);

    private MovesWithTheText() {
    }

    /** Whether the two values are the same to a reader: quantities that only moved are. */
    static boolean same(String field, Object from, Object to) {
        if (field.equals("quantities") && from instanceof List<?> before && to instanceof List<?> after) {
            return withoutOffsets(before).equals(withoutOffsets(after));
        }
        return Objects.equals(from, to);
    }

    /**
     * The changes of one update of a claim as a reader wants them: without the quoted context, and without the
     * offsets unless the claim's text changed too (new boundaries).
     */
    static List<FieldChange> meaningful(List<FieldChange> changes) {
        boolean textChanged = changes.stream().anyMatch(change -> change.field().equals("text"));
        List<FieldChange> kept = new ArrayList<>();
        for (FieldChange change : changes) {
            boolean position = textChanged ? CONTEXT_FIELDS.contains(change.field())
                    : POSITION_FIELDS.contains(change.field()) || isMoveBetweenPlaces(change);
            if (!position) {
                kept.add(change);
            }
        }
        return kept;
    }

    /** Whether an update of a claim changed where it stands and nothing else. */
    static boolean onlyMoved(List<FieldChange> changes) {
        return !changes.isEmpty() && meaningful(changes).isEmpty();
    }

    /** The entries with each run of consecutive moves of the claim told as its last one. */
    static List<HistoryEntry> grouped(List<HistoryEntry> chronological) {
        List<HistoryEntry> entries = new ArrayList<>();
        for (HistoryEntry entry : chronological) {
            int last = entries.size() - 1;
            if (entry.action() == HistoryAction.MOVED && last >= 0 && entries.get(last).action() == HistoryAction.MOVED) {
                entries.set(last, entry);
            } else {
                entries.add(entry);
            }
        }
        return entries;
    }

    private static boolean isMoveBetweenPlaces(FieldChange change) {
        return change.field().equals("anchorState") && IN_PLACE.contains(change.from()) && IN_PLACE.contains(change.to());
    }

    private static List<Object> withoutOffsets(List<?> quantities) {
        return quantities.stream()
                .map(item -> item instanceof Quantity quantity ? new Quantity(quantity.text(), 0, 0, quantity.value(),
                        quantity.unit(), quantity.qualifier(), quantity.upperValue()) : item)
                .map(Object.class::cast)
                .toList();
    }
}
