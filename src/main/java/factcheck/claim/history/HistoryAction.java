package factcheck.claim.history;

import org.hibernate.envers.RevisionType;

/** What a history entry records; {@code MOVED}: the claim moved with the text around it, and nothing else changed. */
public enum HistoryAction {
    CREATED, UPDATED, MOVED, DELETED;

    static HistoryAction of(RevisionType type) {
        return switch (type) {
            case ADD -> CREATED;
            case MOD -> UPDATED;
            case DEL -> DELETED;
        };
    }
}
