package factcheck.claim;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** How far the review of one article's claims has come: claims per workflow status. */
public record ReviewProgress(Map<ClaimStatus, Long> statusCounts) {

    public static final ReviewProgress NONE = new ReviewProgress(Map.of());

    public ReviewProgress {
        EnumMap<ClaimStatus, Long> complete = new EnumMap<>(ClaimStatus.class);
        for (ClaimStatus status : ClaimStatus.values()) {
            complete.put(status, statusCounts.getOrDefault(status, 0L));
        }
        statusCounts = Collections.unmodifiableMap(complete);
    }

    public long total() {
        return statusCounts.values().stream().mapToLong(Long::longValue).sum();
    }

    public long count(ClaimStatus status) {
        return statusCounts.get(status);
    }

    public long reviewed() {
        return count(ClaimStatus.REVIEWED);
    }

    public long dismissed() {
        return count(ClaimStatus.DISMISSED);
    }

    /** Reviewed or dismissed: nothing left to do on them. */
    public long done() {
        return reviewed() + dismissed();
    }

    /** Share of claims done, 0-100, rounded down so 100 means all done. */
    public int percentDone() {
        return total() == 0 ? 0 : (int) (done() * 100 / total());
    }
}
