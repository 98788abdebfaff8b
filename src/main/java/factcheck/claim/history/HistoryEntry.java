package factcheck.claim.history;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * One change of a claim, source or note, as saved in one revision: who (the principal name, null when nobody was
 * signed in), when, and which fields went from what to what.
 */
public record HistoryEntry(long revision, Instant at, String who, ChangedEntity entity, long entityId,
                           HistoryAction action, List<FieldChange> changes) {

    /** Oldest first; within a revision the claim before its sources and notes. */
    static final Comparator<HistoryEntry> CHRONOLOGICAL = Comparator.comparingLong(HistoryEntry::revision)
            .thenComparing(HistoryEntry::entity)
            .thenComparingLong(HistoryEntry::entityId);
}
