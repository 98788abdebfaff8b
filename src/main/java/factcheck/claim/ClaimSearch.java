package factcheck.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finding work across articles: filtered, searched and paged claim lists, and the next claim to review. Text
 * search is PostgreSQL full-text search (English stemming) over the claim and its rationale, so "killing" finds
 * "killed". A page costs three queries whatever its size: the matching ids, their count, the claims themselves.
 */
@ApplicationScoped
public class ClaimSearch {

    private final EntityManager entityManager;
    private final ClaimService claims;

    ClaimSearch(EntityManager entityManager, ClaimService claims) {
        this.entityManager = entityManager;
        this.claims = claims;
    }

    public ClaimListing search(ClaimFilter filter) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.status() != null) {
            conditions.add("c.status = :status");
            parameters.put("status", filter.status().name());
        }
        if (filter.verdict() != null) {
            conditions.add("c.verdict = :verdict");
            parameters.put("verdict", filter.verdict().name());
        }
        if (filter.kind() != null) {
            conditions.add("c.kind = :kind");
            parameters.put("kind", filter.kind().name());
        }
        if (filter.articleId() != null) {
            conditions.add("c.article_id = :article");
            parameters.put("article", filter.articleId());
        }
        if (filter.hasText()) {
            conditions.add("c.search_vector @@ websearch_to_tsquery('english', :text)");
            parameters.put("text", filter.text());
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        String order = filter.order() == ClaimFilter.Order.SCORE
                ? " order by c.score desc, c.id"
                : " order by c.updated_at desc, c.id desc";

        Query ids = entityManager.createNativeQuery("select c.id from claim c" + where + order, Long.class)
                .setFirstResult(filter.page().page() * filter.page().size())
                .setMaxResults(filter.page().size());
        Query count = entityManager.createNativeQuery("select count(*) from claim c" + where, Long.class);
        parameters.forEach((name, value) -> {
            ids.setParameter(name, value);
            count.setParameter(name, value);
        });
        @SuppressWarnings("unchecked")
        List<Long> pageIds = ids.getResultList();
        long total = ((Number) count.getSingleResult()).longValue();
        return new ClaimListing(load(pageIds), filter.page().page(), filter.page().size(), total);
    }

    /**
     * The claim to review next: after {@code afterClaimId}, the next unreviewed claim of the same article, from its
     * start again once its end is reached; when that article is done, the first claim of {@code username}'s queue;
     * then the first unreviewed claim of the newest article that has one. Never {@code afterClaimId} itself.
     */
    public Optional<Claim> next(String username, Long afterClaimId) {
        long after = afterClaimId != null ? afterClaimId : -1;
        if (afterClaimId != null) {
            Optional<Claim> inArticle = Claim.<Claim>find("select c from Claim c join fetch c.article"
                            + " where c.article.id = (select d.article.id from Claim d where d.id = ?1)"
                            + " and c.id <> ?1 and c.status = ?2"
                            + " order by case when c.ordinal > (select d.ordinal from Claim d where d.id = ?1)"
                            + " then 0 else 1 end, c.ordinal", afterClaimId, ClaimStatus.UNREVIEWED)
                    .firstResultOptional();
            if (inArticle.isPresent()) {
                return inArticle;
            }
        }
        Optional<Claim> queued = claims.queueOf(username).stream().filter(claim -> claim.id != after).findFirst();
        if (queued.isPresent()) {
            return queued;
        }
        return Claim.<Claim>find("select c from Claim c join fetch c.article a where c.status = ?1 and c.id <> ?2"
                        + " order by a.createdAt desc, a.id desc, c.ordinal", ClaimStatus.UNREVIEWED, after)
                .firstResultOptional();
    }

    private List<Claim> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> position = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            position.put(ids.get(i), i);
        }
        List<Claim> claims = new ArrayList<>(Claim.<Claim>find("select c from Claim c join fetch c.article where c.id in ?1", ids).list());
        claims.sort(Comparator.comparing(claim -> position.get(claim.id)));
        return claims;
    }
}
