package factcheck.claim;

import factcheck.web.DomainProblemException;

import java.util.LinkedHashMap;
import java.util.Map;

/** Somebody saved the claim after the caller read it: applying the change would overwrite their work. */
public class StaleClaimException extends DomainProblemException {

    private final Claim current;

    public StaleClaimException(Claim current) {
        super(409, "Claim " + current.id + " was changed by someone else (it is now at version " + current.version
                + "). Reload it, then apply your change again.");
        this.current = current;
    }

    public Claim current() {
        return current;
    }

    @Override
    public Map<String, Object> extensions() {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("currentVersion", current.version);
        members.put("currentStatus", current.status);
        members.put("currentVerdict", current.verdict);
        members.put("currentRationale", current.rationale);
        return members;
    }
}
