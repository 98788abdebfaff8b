package factcheck.claim.history;

import factcheck.claim.Claim;
import factcheck.claim.ClaimNotFoundException;
import factcheck.claim.Note;
import factcheck.claim.Source;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;
import org.hibernate.envers.query.criteria.AuditCriterion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A claim's change history, read from the audit tables Hibernate Envers writes. */
@ApplicationScoped
public class ClaimHistory {

    /**
     * The fields the history reports, by property name. Relations (a claim's article, a source's claim) never
     * change and are left out, as are the version (which Envers does not audit) and the update time (the revision's).
     */
    static final List<String> CLAIM_FIELDS = List.of("status", "verdict", "rationale", "text", "start", "end",
            "textPrefix", "textSuffix", "anchorState", "needsReview", "previousText", "score", "reasons", "kind",
            "quantities", "assignee", "createdAt");
    static final List<String> SOURCE_FIELDS = List.of("url", "title", "publisher", "excerpt", "stance", "publishedOn",
            "accessedAt", "createdAt");
    static final List<String> NOTE_FIELDS = List.of("text", "createdAt");

    /** Envers' default name suffix for the "this revision changed it" flag of a property. */
    private static final String MODIFIED_FLAG = "_MOD";
    /** Revision number, time, user, type and entity id come before the fields in each row. */
    private static final int FIRST_FIELD = 5;

    private final EntityManager entityManager;

    ClaimHistory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Every recorded change of the claim and of its sources and notes, removed ones included, oldest first. One
     * audit query per kind of entity, however long the history: which fields changed comes from the modified
     * flags Envers stores, their old values from the entity's previous audit row, compared in memory. Only fields
     * whose value changed are listed; a change that only moved the claim with the text around it is a
     * {@link HistoryAction#MOVED} entry without fields, and consecutive moves are one (see {@link MovesWithTheText}).
     * A change back to earlier values is a change like any other.
     *
     * @throws ClaimNotFoundException when the claim neither exists nor ever existed
     */
    public List<HistoryEntry> historyOf(long claimId) {
        List<HistoryEntry> entries = new ArrayList<>(
                entries(ChangedEntity.CLAIM, Claim.class, CLAIM_FIELDS, AuditEntity.id().eq(claimId)));
        if (entries.isEmpty() && Claim.count("id", claimId) == 0) {
            throw new ClaimNotFoundException(claimId);
        }
        entries.addAll(entries(ChangedEntity.SOURCE, Source.class, SOURCE_FIELDS,
                AuditEntity.relatedId("claim").eq(claimId)));
        entries.addAll(entries(ChangedEntity.NOTE, Note.class, NOTE_FIELDS,
                AuditEntity.relatedId("claim").eq(claimId)));
        entries.sort(HistoryEntry.CHRONOLOGICAL);
        return MovesWithTheText.grouped(entries);
    }

    /** The history newest first, as the claim page shows it. */
    public List<HistoryEntry> timelineOf(long claimId) {
        List<HistoryEntry> timeline = new ArrayList<>(historyOf(claimId));
        timeline.sort(HistoryEntry.CHRONOLOGICAL.reversed());
        return timeline;
    }

    private List<HistoryEntry> entries(ChangedEntity entity, Class<?> type, List<String> fields,
                                       AuditCriterion criterion) {
        Map<Long, Object[]> previous = new HashMap<>();
        List<HistoryEntry> entries = new ArrayList<>();
        for (Object[] row : auditRows(type, fields, criterion)) {
            long id = ((Number) row[4]).longValue();
            HistoryAction action = HistoryAction.of((RevisionType) row[3]);
            Object[] before = previous.put(id, row);
            List<FieldChange> changes = new ArrayList<>();
            for (int i = 0; i < fields.size(); i++) {
                int value = FIRST_FIELD + 2 * i;
                Object from = switch (action) {
                    case CREATED -> null;
                    case UPDATED, MOVED -> before == null ? null : before[value];
                    // A deleted row keeps its last values (store-data-at-delete): what was removed.
                    case DELETED -> before == null ? row[value] : before[value];
                };
                Object to = action == HistoryAction.DELETED ? null : row[value];
                boolean flagged = action != HistoryAction.UPDATED || Boolean.TRUE.equals(row[value + 1]);
                if (flagged && !MovesWithTheText.same(fields.get(i), from, to)) {
                    changes.add(new FieldChange(fields.get(i), from, to));
                }
            }
            if (entity == ChangedEntity.CLAIM && action == HistoryAction.UPDATED) {
                action = MovesWithTheText.onlyMoved(changes) ? HistoryAction.MOVED : action;
                changes = MovesWithTheText.meaningful(changes);
            }
            entries.add(new HistoryEntry(((Number) row[0]).longValue(), (Instant) row[1], (String) row[2], entity, id,
                    action, changes));
        }
        return entries;
    }

    /**
     * Rows of revision number, time, user, type, entity id, then each field's value and modified flag. Projected
     * values rather than entities: Envers would otherwise load each row's article or claim as of that revision.
     */
    @SuppressWarnings("unchecked")
    private List<Object[]> auditRows(Class<?> type, List<String> fields, AuditCriterion criterion) {
        AuditQuery query = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(criterion)
                .addProjection(AuditEntity.revisionNumber())
                .addProjection(AuditEntity.revisionProperty("timestamp"))
                .addProjection(AuditEntity.revisionProperty("username"))
                .addProjection(AuditEntity.revisionType())
                .addProjection(AuditEntity.id());
        for (String field : fields) {
            query.addProjection(AuditEntity.property(field)).addProjection(AuditEntity.property(field + MODIFIED_FLAG));
        }
        return query.addOrder(AuditEntity.revisionNumber().asc()).getResultList();
    }
}
