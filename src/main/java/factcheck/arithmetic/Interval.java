package factcheck.arithmetic;

/**
 * The values a stated or computed figure can stand for. Computing with intervals rather than with the
 * written values keeps rounding in the text from ever looking like a mismatch.
 */
record Interval(double low, double high) {

    /** Leeway for binary floating point, far below any precision a news text writes. */
    private static final double EPSILON = 1e-9;

    private static double slack(double bound) {
        return Double.isInfinite(bound) ? 0 : EPSILON * Math.max(1, Math.abs(bound));
    }

    Interval plus(Interval other) {
        return new Interval(low + other.low, high + other.high);
    }

    Interval minus(Interval other) {
        return new Interval(low - other.high, high - other.low);
    }

    Interval times(double factor) {
        return factor >= 0 ? new Interval(low * factor, high * factor) : new Interval(high * factor, low * factor);
    }

    /** This interval divided by one of positive values only; callers make sure of that. */
    Interval dividedBy(Interval divisor) {
        double[] quotients = {low / divisor.low, low / divisor.high, high / divisor.low, high / divisor.high};
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double q : quotients) {
            min = Math.min(min, q);
            max = Math.max(max, q);
        }
        return new Interval(min, max);
    }

    Interval negated() {
        return new Interval(-high, -low);
    }

    Interval inverted() {
        return new Interval(1 / high, 1 / low);
    }

    /** Whether some value lies in both intervals, give or take floating-point error. */
    boolean overlaps(Interval other) {
        return low <= other.high + slack(other.high) && other.low <= high + slack(high);
    }
}
