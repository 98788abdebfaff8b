package factcheck.report;

import factcheck.config.WorkbenchConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * When each review was saved. Claims keep no review date of their own, but the change history records every save:
 * a claim's review time is the last revision that saved it as reviewed or dismissed with a change to its status,
 * verdict, rationale or reviewer (text corrections and assignments that touch a reviewed claim do not count).
 */
@ApplicationScoped
class ReviewTimes {

    /** SQL for the review time of the claim aliased {@code c}; a correlated look-up on the history's primary key. */
    private static final String REVIEWED_AT_SQL = "(select max(r.timestamp) from claim_aud a join revision r on r.id = a.rev"
            + " where a.id = c.id and a.status in ('REVIEWED', 'DISMISSED')"
            + " and (a.status_mod or a.verdict_mod or a.rationale_mod or a.reviewed_by_mod))";

    private final EntityManager entityManager;
    private final ZoneId zone;

    @Inject
    ReviewTimes(EntityManager entityManager, WorkbenchConfig config) {
        this(entityManager, config.organization().timeZone());
    }

    /** @param zone the organisation's time zone, whose days a filter's dates are */
    ReviewTimes(EntityManager entityManager, ZoneId zone) {
        this.entityManager = entityManager;
        this.zone = zone;
    }

    /** A claim a filter matched, with its review time (null when it is not reviewed or dismissed). */
    record Match(long claimId, long articleId, Instant reviewedAt) {
    }

    /**
     * The claims that match the filter, article by article in import order and in text order within each, with
     * their review times; at most {@code limit} of them. One query. A scope narrower than all claims selects the
     * reviewed and dismissed ones here; which of those are published is for {@link ReportScope#includes} to say.
     */
    List<Match> matching(ReportFilter filter, int limit) {
        List<String> conditions = new ArrayList<>(List.of("true"));
        Map<String, Object> parameters = new HashMap<>();
        if (filter.verdict() != null) {
            // Claims rated so as published: a flagged claim's verdict waits for another review.
            conditions.add("c.status = 'REVIEWED' and c.verdict = :verdict and not c.needs_review");
            parameters.put("verdict", filter.verdict().name());
        }
        if (filter.reviewer() != null) {
            conditions.add("c.status in ('REVIEWED', 'DISMISSED') and c.reviewed_by = :reviewer");
            parameters.put("reviewer", filter.reviewer());
        }
        if (filter.scope() != ReportScope.ALL) {
            conditions.add("c.status in ('REVIEWED', 'DISMISSED')");
        }
        if (filter.outlet() != null) {
            conditions.add("lower(ar.outlet) = lower(:outlet)");
            parameters.put("outlet", filter.outlet());
        }
        List<String> reviewWindow = new ArrayList<>(List.of("true"));
        if (filter.from() != null) {
            reviewWindow.add("m.reviewed_at >= :fromStart");
            parameters.put("fromStart", filter.from().atStartOfDay(zone).toOffsetDateTime());
        }
        if (filter.to() != null) {
            reviewWindow.add("m.reviewed_at < :afterTo");
            parameters.put("afterTo", filter.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        }
        var query = entityManager.createNativeQuery("select m.claim_id, m.article_id, m.reviewed_at from ("
                + "select c.id as claim_id, c.article_id, c.ordinal,"
                + " case when c.status in ('REVIEWED', 'DISMISSED') then " + REVIEWED_AT_SQL + " end as reviewed_at"
                + " from claim c join article ar on ar.id = c.article_id"
                + " where " + String.join(" and ", conditions) + ") m"
                + " where " + String.join(" and ", reviewWindow)
                + " order by m.article_id, m.ordinal, m.claim_id limit " + limit);
        parameters.forEach(query::setParameter);
        List<Object[]> rows = query.unwrap(NativeQuery.class)
                .addScalar("claim_id", StandardBasicTypes.LONG)
                .addScalar("article_id", StandardBasicTypes.LONG)
                .addScalar("reviewed_at", StandardBasicTypes.INSTANT)
                .getResultList();
        return rows.stream()
                .map(row -> new Match((Long) row[0], (Long) row[1], wholeSeconds((Instant) row[2])))
                .toList();
    }

    /** The review times of the article's reviewed and dismissed claims, by claim id, in one query. */
    Map<Long, Instant> ofArticle(long articleId) {
        List<Object[]> rows = entityManager.createNativeQuery("select c.id as claim_id, " + REVIEWED_AT_SQL
                        + " as reviewed_at from claim c where c.article_id = :articleId"
                        + " and c.status in ('REVIEWED', 'DISMISSED')")
                .setParameter("articleId", articleId)
                .unwrap(NativeQuery.class)
                .addScalar("claim_id", StandardBasicTypes.LONG)
                .addScalar("reviewed_at", StandardBasicTypes.INSTANT)
                .getResultList();
        Map<Long, Instant> times = new HashMap<>();
        for (Object[] row : rows) {
            if (row[1] != null) {
                times.put((Long) row[0], wholeSeconds((Instant) row[1]));
            }
        }
        return times;
    }

    // Whole seconds, like every other time in a report.
    private static Instant wholeSeconds(Instant time) {
        return time == null ? null : time.truncatedTo(ChronoUnit.SECONDS);
    }
}
