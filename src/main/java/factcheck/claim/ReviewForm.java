package factcheck.claim;

import factcheck.web.InvalidFieldException;
import factcheck.web.Versions;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The claim page's review form. One "decision" control holds either a workflow status or a verdict (a verdict
 * means reviewed), so the page cannot ask for a combination the workflow refuses.
 */
public class ReviewForm {

    @RestForm
    public String decision;

    @RestForm
    public String rationale;

    /** A one-click verdict (or DISMISSED) button: stands for the choice in the "decision" control. */
    @RestForm
    public String quick;

    /** The claim version the reviewer saw: a save over someone else's newer one is refused. */
    @RestForm
    public Long version;

    static ReviewForm of(Claim claim) {
        ReviewForm form = new ReviewForm();
        form.decision = claim.verdict != null ? claim.verdict.name() : claim.status.name();
        form.rationale = claim.rationale;
        form.version = claim.version;
        return form;
    }

    ReviewChange toChange() {
        if (quick != null && !quick.isBlank()) {
            decision = quick;
        }
        Long basedOn = Versions.basedOn(null, version);
        if (decision == null || decision.isBlank()) {
            throw new InvalidFieldException("decision", "Choose a status or a verdict.");
        }
        for (Verdict verdict : Verdict.values()) {
            if (verdict.name().equals(decision)) {
                return new ReviewChange(ClaimStatus.REVIEWED, verdict, rationaleOrEmpty(), basedOn);
            }
        }
        for (ClaimStatus status : ClaimStatus.values()) {
            if (status != ClaimStatus.REVIEWED && status.name().equals(decision)) {
                return new ReviewChange(status, null, rationaleOrEmpty(), basedOn);
            }
        }
        throw new InvalidFieldException("decision", "'" + decision + "' is neither a status nor a verdict.");
    }

    /** An emptied rationale box clears the rationale, so the form sends "" rather than "leave as is". */
    private String rationaleOrEmpty() {
        return rationale == null ? "" : rationale;
    }

    public boolean isDecision(String value) {
        return value.equals(decision);
    }
}
