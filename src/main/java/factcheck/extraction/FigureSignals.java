package factcheck.extraction;

import java.util.List;

/**
 * Signals for the figures in a sentence: one per kind of figure (percentages, money, counts,
 * dates), each listing its figures so a table of numbers stays readable. The strongest kind
 * carries its full weight and every further figure adds a little, up to a cap, so a sentence
 * full of numbers cannot outweigh a hedge or an opinion marker on figures alone.
 */
final class FigureSignals {

    static final double COUNT = 0.35;
    static final double VAGUE_COUNT = 0.25;
    static final double PERCENT_OR_MONEY = 0.4;
    static final double EXTRA_FIGURE = 0.05;
    static final double MAX_FIGURES = 0.45;
    static final double DATE = 0.3;

    private FigureSignals() {
    }

    static void add(List<Quantity> quantities, List<Signal> signals) {
        if (quantities.isEmpty()) {
            return;
        }
        List<String> percentages = null;
        List<String> money = null;
        List<String> counts = null;
        List<String> dates = null;
        boolean exactCount = false;
        for (int k = 0; k < quantities.size(); k++) {
            Quantity q = quantities.get(k);
            if (QuantityParser.DATE.equals(q.unit())) {
                dates = Hits.add(dates, q.text());
            } else if (QuantityParser.PERCENT.equals(q.unit()) || "percentage points".equals(q.unit())) {
                percentages = Hits.add(percentages, written(q));
            } else if (QuantityParser.isMoney(q)) {
                money = Hits.add(money, written(q));
            } else {
                counts = Hits.add(counts, written(q));
                exactCount |= q.value() != null;
            }
        }
        double remaining = addKind("states a percentage: ", percentages, PERCENT_OR_MONEY, MAX_FIGURES, signals);
        remaining = addKind("states an amount of money: ", money, PERCENT_OR_MONEY, remaining, signals);
        addKind("states a number: ", counts, exactCount ? COUNT : VAGUE_COUNT, remaining, signals);
        if (dates != null) {
            signals.add(new Signal("names a date: ", dates, "", DATE));
        }
    }

    /** A figure as the reason lists it: with its qualifier, "at least 140". Dates have none. */
    private static String written(Quantity q) {
        return q.qualifier() == null ? q.text() : q.qualifier().concat(" ").concat(q.text());
    }

    /**
     * Adds the signal of one kind of figure (none when {@code items} is null), its weight capped
     * by what the kinds before it left, and returns what is left. Percentages and money weigh
     * more than plain counts: they are what statistics claims turn on. Every kind weighs more
     * than nothing, so the first kind added is the one that finds the whole {@link #MAX_FIGURES} left.
     */
    private static double addKind(String prefix, List<String> items, double weight, double remaining,
                                  List<Signal> signals) {
        if (items == null) {
            return remaining;
        }
        boolean first = remaining == MAX_FIGURES;
        double capped = Math.min((first ? weight - EXTRA_FIGURE : 0) + EXTRA_FIGURE * items.size(), remaining);
        signals.add(new Signal(prefix, items, "", capped));
        return remaining - capped;
    }
}
