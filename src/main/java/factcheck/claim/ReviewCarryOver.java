package factcheck.claim;


import java.util.List;

/**
 * What a split or a merge does to reviews. A review (status, verdict, rationale and who gave it) belongs to the
 * words it was given for; after a split or a merge it goes only where the reviewer said it goes. A claim that gets
 * no review this way is left unreviewed and flagged for review, so it is never published until someone reviews it.
 * A review that no resulting claim keeps is written into a note on each resulting claim, so no reasoning is lost.
 */
final class ReviewCarryOver {

    private ReviewCarryOver() {
    }

    /** The review of a claim, as it was before the split or merge changed the claim. */
    record Review(long claimNumber, ClaimStatus status, Verdict verdict, String rationale, String reviewedBy,
                  boolean needsReview, String previousText) {

        static Review of(Claim claim) {
            return new Review(claim.number, claim.status, claim.verdict, claim.rationale, claim.reviewedBy,
                    claim.needsReview, claim.previousText);
        }

        /** Whether anybody decided or wrote anything: a review worth keeping. */
        boolean given() {
            return status != ClaimStatus.UNREVIEWED || rationale != null;
        }

        /** "rated False by maria", "dismissed by joe", "in progress". */
        String summary() {
            String by = reviewedBy != null ? " by " + reviewedBy : "";
            return switch (status) {
                case REVIEWED -> "rated " + ClaimLabels.label(verdict) + by;
                case DISMISSED -> "dismissed" + by;
                case IN_PROGRESS -> "in progress";
                case UNREVIEWED -> "not reviewed yet";
            };
        }
    }

    /**
     * After a split: the part named by {@code keep} gets the review and the other is withdrawn; without {@code keep}
     * both are withdrawn and the review is kept as a note on each.
     */
    static void afterSplit(Review review, Claim first, Claim second, SplitPart keep, String actor) {
        if (keep == SplitPart.SECOND) {
            give(second, review);
        }
        for (Claim part : List.of(first, second)) {
            if (keep == null || part != (keep == SplitPart.FIRST ? first : second)) {
                withdraw(part);
            }
            if (keep == null) {
                keepAsNote(part, review, "Before the split", "review this part on its own.", actor);
            }
        }
    }

    /**
     * After a merge into {@code merged} (which had the review {@code own}): the merged claim gets the review
     * {@code kept}, one of the two, or, when null, none and is withdrawn; a review not kept becomes a note.
     */
    static void afterMerge(Claim merged, Review own, Review neighbours, Review kept, String actor) {
        if (kept == null) {
            withdraw(merged);
        } else if (kept == neighbours) {
            give(merged, neighbours);
        }
        for (Review review : List.of(own, neighbours)) {
            if (review != kept) {
                keepAsNote(merged, review, "Before the merge", "review the merged claim as a whole.", actor);
            }
        }
    }

    /** Gives the claim the review; a flag the review carried (its sentence had changed) comes along. */
    private static void give(Claim claim, Review review) {
        claim.status = review.status();
        claim.verdict = review.verdict();
        claim.rationale = review.rationale();
        claim.reviewedBy = review.reviewedBy();
        claim.needsReview = review.needsReview();
        claim.previousText = review.previousText();
    }

    /** Leaves the claim without a review, flagged: its wording is new and nobody has judged it yet. */
    private static void withdraw(Claim claim) {
        claim.status = ClaimStatus.UNREVIEWED;
        claim.verdict = null;
        claim.rationale = null;
        claim.reviewedBy = null;
        claim.needsReview = true;
        claim.previousText = null;
    }

    /** A note on the claim keeping a review that was not carried over, when there was one. */
    private static void keepAsNote(Claim claim, Review review, String before, String advice, String actor) {
        if (!review.given()) {
            return;
        }
        StringBuilder text = new StringBuilder(before).append(", claim ").append(review.claimNumber()).append(" was ")
                .append(review.summary());
        if (review.rationale() != null) {
            text.append(", with the rationale: “").append(review.rationale()).append('”');
        }
        text.append(". That review was not carried over: ").append(advice);
        Note note = new Note();
        note.claim = claim;
        note.text = text.toString();
        note.author = actor;
        note.persist();
        claim.notes.add(note);
    }

    /**
     * Copies the claim's sources and notes to the other part of its split: evidence and remarks about the whole
     * sentence concern each part of it.
     */
    static void copyEvidence(Claim from, Claim to) {
        for (Source source : from.sources) {
            Source copy = new Source();
            copy.claim = to;
            copy.url = source.url;
            copy.title = source.title;
            copy.publisher = source.publisher;
            copy.excerpt = source.excerpt;
            copy.stance = source.stance;
            copy.publishedOn = source.publishedOn;
            copy.accessedAt = source.accessedAt;
            copy.persist();
            to.sources.add(copy);
        }
        for (Note note : from.notes) {
            Note copy = new Note();
            copy.claim = to;
            copy.text = note.text;
            copy.author = note.author;
            copy.persist();
            to.notes.add(copy);
        }
    }
}
