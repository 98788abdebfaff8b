package factcheck.claim.history;

import org.hibernate.envers.RevisionType;

public enum HistoryAction {
    CREATED, UPDATED, DELETED;

    static HistoryAction of(RevisionType type) {
        return switch (type) {
            case ADD -> CREATED;
            case MOD -> UPDATED;
            case DEL -> DELETED;
        };
    }
}
