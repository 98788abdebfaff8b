package factcheck.comparison;

/** What sort of fact a copy changed. */
public enum DifferenceKind {
    /** A quantity, percentage or amount of money: "140" against "145", "hundreds" against "thousands". */
    NUMBER,
    /** A year, month, day, weekday or decade. */
    DATE,
    /** A person, place, organisation or nationality: "Soviet" against "Russian". */
    NAME,
    /** A negation added or removed: "had intention" against "had no intention", "likely" against "unlikely". */
    NEGATION,
    /** How many or how much: "all", "most", "some", "few", "none", "half", "largely", "partially". */
    QUANTIFIER
}
