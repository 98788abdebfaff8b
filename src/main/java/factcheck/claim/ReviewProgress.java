package factcheck.claim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** How far the review of one article's claims has come: claims per workflow status, reviewed ones per verdict. */
public record ReviewProgress(Map<ClaimStatus, Long> statusCounts, Map<Verdict, Long> verdictCounts) {

    public static final ReviewProgress NONE = new ReviewProgress(Map.of());

    /** The bar's length in SVG user units; segments are drawn as shares of it. */
    static final int BAR_UNITS = 1000;

    public ReviewProgress {
        statusCounts = complete(ClaimStatus.class, statusCounts);
        verdictCounts = complete(Verdict.class, verdictCounts);
    }

    /** Progress from status counts alone, where the verdicts do not matter. */
    public ReviewProgress(Map<ClaimStatus, Long> statusCounts) {
        this(statusCounts, Map.of());
    }

    private static <E extends Enum<E>> Map<E, Long> complete(Class<E> type, Map<E, Long> counts) {
        EnumMap<E, Long> complete = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            complete.put(value, counts.getOrDefault(value, 0L));
        }
        return Collections.unmodifiableMap(complete);
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

    /** The bar's length, for its SVG view box. */
    public int barUnits() {
        return BAR_UNITS;
    }

    /** Share of claims done, 0-100, rounded down so 100 means all done. */
    public int percentDone() {
        return total() == 0 ? 0 : (int) (done() * 100 / total());
    }

    /**
     * The stacked bar: one segment per verdict given, then dismissed and in-progress claims, each as wide as its
     * share of all claims (unreviewed ones are the empty rest). Empty kinds are left out.
     */
    public List<Segment> segments() {
        List<Segment> segments = new ArrayList<>();
        int[] position = {0};
        verdictCounts.forEach((verdict, count) -> add(segments, position, ClaimLabels.cssClass(verdict),
                ClaimLabels.label(verdict), count));
        add(segments, position, ClaimLabels.cssClass(ClaimStatus.DISMISSED), ClaimLabels.label(ClaimStatus.DISMISSED),
                dismissed());
        add(segments, position, ClaimLabels.cssClass(ClaimStatus.IN_PROGRESS),
                ClaimLabels.label(ClaimStatus.IN_PROGRESS), count(ClaimStatus.IN_PROGRESS));
        return segments;
    }

    private void add(List<Segment> segments, int[] position, String cssClass, String label, long count) {
        if (count == 0) {
            return;
        }
        int end = (int) (BAR_UNITS * (countBefore(segments) + count) / total());
        segments.add(new Segment(cssClass, label, count, position[0], end - position[0]));
        position[0] = end;
    }

    private static long countBefore(List<Segment> segments) {
        return segments.stream().mapToLong(Segment::count).sum();
    }

    /** One coloured stretch of the bar, {@code x} and {@code width} in SVG user units of {@link #BAR_UNITS}. */
    public record Segment(String cssClass, String label, long count, int x, int width) {
    }
}
