package factcheck.claim;

import java.util.List;

/**
 * Claim numbers: each article hands out 1, 2, 3, … as its claims are created, and a number, once given, is never
 * given again, even after its claim was merged away or dropped, so a note saying "see claim 21" keeps pointing at
 * the same claim. The article's counter is taken in one atomic update, so two claims created at once in the same
 * article never get the same number.
 */
final class ClaimNumbers {

    private ClaimNumbers() {
    }

    /** Numbers the claims, new ones of one article, in the order given (text order, as callers pass them). */
    static void assign(long articleId, List<Claim> newClaims) {
        if (newClaims.isEmpty()) {
            return;
        }
        int last = ((Number) Claim.getEntityManager()
                .createNativeQuery("update article set last_claim_number = last_claim_number + :count"
                        + " where id = :articleId returning last_claim_number")
                .setParameter("count", newClaims.size())
                .setParameter("articleId", articleId)
                .getSingleResult()).intValue();
        int number = last - newClaims.size();
        for (Claim claim : newClaims) {
            claim.number = ++number;
        }
    }
}
