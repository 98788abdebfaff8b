package factcheck.extraction;

import java.util.ArrayList;
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

    /** Adds the signals of the figures, counted by kind first, each kind's figures listed. */
    static void add(List<Quantity> quantities, SignalTally tally) {
        if (quantities.isEmpty()) {
            return;
        }
        int percentages = 0;
        int money = 0;
        int counts = 0;
        int dates = 0;
        boolean exactCount = false;
        for (int k = 0; k < quantities.size(); k++) {
            Quantity q = quantities.get(k);
            switch (QuantityKind.of(q)) {
                case SHARE -> percentages++;
                case MONEY -> money++;
                case COUNT -> {
                    counts++;
                    exactCount |= q.value() != null;
                }
                case DATE -> dates++;
            }
        }
        double remaining = addKind(SignalKind.PERCENTAGE, "states a percentage or share: ", quantities, QuantityKind.SHARE,
                percentages, PERCENT_OR_MONEY, MAX_FIGURES, tally);
        remaining = addKind(SignalKind.MONEY, "states an amount of money: ", quantities, QuantityKind.MONEY, money,
                PERCENT_OR_MONEY, remaining, tally);
        addKind(SignalKind.COUNT, "states a number: ", quantities, QuantityKind.COUNT, counts, exactCount ? COUNT : VAGUE_COUNT,
                remaining, tally);
        if (dates > 0) {
            tally.add(SignalKind.DATE, DATE, "names a date: ", listed(quantities, QuantityKind.DATE), "");
        }
    }

    /**
     * The figures of one kind as the reason lists them, in text order: with their qualifier, "at
     * least 140"; dates have none.
     */
    private static List<String> listed(List<Quantity> quantities, QuantityKind kind) {
        List<String> items = new ArrayList<>(4);
        for (int k = 0; k < quantities.size(); k++) {
            Quantity q = quantities.get(k);
            if (QuantityKind.of(q) == kind) {
                items.add(q.qualifier() == null ? q.text() : q.qualifier() + " " + q.text());
            }
        }
        return items;
    }

    /**
     * Adds the signal of one kind of figure (none when there are none of the kind), its weight
     * capped by what the kinds before it left, and returns what is left. Percentages and money
     * weigh more than plain counts: they are what statistics claims turn on. Every kind weighs
     * more than nothing, so the first kind added is the one that finds the whole
     * {@link #MAX_FIGURES} left.
     */
    private static double addKind(SignalKind signal, String prefix, List<Quantity> quantities, QuantityKind kind, int count,
                                  double weight, double remaining, SignalTally tally) {
        if (count == 0) {
            return remaining;
        }
        boolean first = remaining == MAX_FIGURES;
        double capped = Math.min((first ? weight - EXTRA_FIGURE : 0) + EXTRA_FIGURE * count, remaining);
        tally.add(signal, capped, prefix, listed(quantities, kind), "");
        return remaining - capped;
    }
}
