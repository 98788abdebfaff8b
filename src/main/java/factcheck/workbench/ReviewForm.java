package factcheck.workbench;

import factcheck.claim.Claim;
import factcheck.claim.ClaimStatus;
import factcheck.claim.ReviewChange;
import factcheck.claim.Verdict;
import factcheck.input.InvalidFieldException;
import factcheck.web.Versions;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The claim page's review form. One "decision" control holds either a workflow status or a verdict (a verdict
 * means reviewed), so the page cannot ask for a combination the workflow refuses.
 */
class ReviewForm {

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

    /** The claim's wording the reviewer saw, to show beside the new one when a correction changed it meanwhile. */
    @RestForm
    public String wording;

    /** "next" for "save and next": after saving, open the next claim to review. */
    @RestForm
    public String then;

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

    /** Whether the reviewer saw other words than the claim has now. */
    public boolean wordingDiffersFrom(String currentText) {
        // Browsers send line breaks in form fields as CRLF; the stored text has LF.
        return wording != null && !wording.replace("\r\n", "\n").equals(currentText);
    }

    boolean andNext() {
        return "next".equals(then);
    }
}
