package factcheck.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns named sentence features into a check-worthiness score between 0 and 1 with a reason
 * for every feature that moved it. The score starts low and each independent kind of checkable
 * content (figures, dates, names, sources, concrete events) adds weight, so a sentence needs
 * about two of them to pass the default threshold; questions, headings, opinions and hedged
 * predictions subtract. Weights are additive and bounded per feature so that piling up one
 * kind of signal (ten names, five event verbs) cannot outweigh a hedge on its own.
 */
final class CheckWorthinessScorer {

    /** Scored outcome for one sentence; score unrounded, reasons in order of weight. */
    record Assessment(double score, List<String> reasons) {
    }

    static final double BASE = 0.15;
    private static final double COUNT = 0.35;
    private static final double VAGUE_COUNT = 0.25;
    private static final double PERCENT_OR_MONEY = 0.4;
    private static final double EXTRA_FIGURE = 0.05;
    private static final double MAX_FIGURES = 0.45;
    private static final double DATE = 0.3;
    private static final double[] ENTITIES = {0, 0.2, 0.3, 0.4};
    private static final double GROUP = 0.05;
    private static final double MAX_GROUPS = 0.1;
    private static final double ATTRIBUTION = 0.25;
    private static final double QUOTED_WORDS = 0.1;
    private static final double[] EVENTS = {0, 0.2, 0.3, 0.4};
    private static final double CAUSE = 0.05;
    private static final double COMPARISON = 0.1;
    private static final double HEADING = 0.6;
    private static final double QUESTION = 0.6;
    private static final double OPINION = 0.35;
    private static final double FIRST_HEDGE = 0.3;
    private static final double EXTRA_HEDGE = 0.15;
    private static final double MAX_HEDGES = 0.45;
    private static final double VAGUE = 0.15;
    private static final double TOO_SHORT = 0.2;
    private static final int MIN_WORDS = 4;
    private static final int LISTED = 5;

    Assessment score(SentenceFeatures f) {
        if (f.boilerplate() != null) {
            return new Assessment(0, List.of(f.boilerplate()));
        }
        List<String> reasons = new ArrayList<>();
        double score = BASE + figures(f.quantities(), reasons) + dates(f.quantities(), reasons);
        Cues cues = f.cues();
        List<String> entities = f.names().entities();
        if (!entities.isEmpty()) {
            score += ENTITIES[Math.min(entities.size(), 3)];
            reasons.add("names people/places/organisations: " + list(entities));
        }
        if (!f.names().groups().isEmpty()) {
            score += Math.min(MAX_GROUPS, GROUP * f.names().groups().size());
            reasons.add("mentions nationalities or regions: " + list(f.names().groups()));
        }
        if (!cues.attributions().isEmpty()) {
            score += ATTRIBUTION;
            reasons.add("attributes to a source: " + list(cues.attributions()));
            if (cues.directQuote()) {
                score += QUOTED_WORDS;
                reasons.add("quotes the source's words verbatim");
            }
        }
        if (!cues.events().isEmpty()) {
            score += EVENTS[Math.min(cues.events().size(), 3)];
            reasons.add("reports a concrete event: " + list(cues.events()));
        }
        if (!cues.causes().isEmpty()) {
            score += CAUSE;
            reasons.add("states a cause: " + list(cues.causes()));
        }
        if (!cues.comparisons().isEmpty()) {
            score += COMPARISON;
            reasons.add("makes a comparison: " + list(cues.comparisons()));
        }
        score -= penalties(f, reasons);
        return new Assessment(Math.max(0, Math.min(1, score)), reasons);
    }

    /** One reason per kind of figure, listing the figures, so a table of numbers stays readable. */
    private static double figures(List<Quantity> quantities, List<String> reasons) {
        List<String> percentages = new ArrayList<>();
        List<String> money = new ArrayList<>();
        List<String> counts = new ArrayList<>();
        double best = 0;
        for (Quantity q : quantities) {
            String written = q.qualifier() == null ? q.text() : q.qualifier() + " " + q.text();
            if (QuantityParser.DATE.equals(q.unit())) {
                continue;
            } else if (QuantityParser.PERCENT.equals(q.unit())) {
                best = Math.max(best, PERCENT_OR_MONEY);
                percentages.add(written);
            } else if (QuantityParser.isMoney(q)) {
                best = Math.max(best, PERCENT_OR_MONEY);
                money.add(written);
            } else {
                best = Math.max(best, q.value() == null ? VAGUE_COUNT : COUNT);
                counts.add(written);
            }
        }
        addListed(reasons, "states a percentage: ", percentages);
        addListed(reasons, "states an amount of money: ", money);
        addListed(reasons, "states a number: ", counts);
        int figures = percentages.size() + money.size() + counts.size();
        return figures == 0 ? 0 : Math.min(MAX_FIGURES, best + EXTRA_FIGURE * (figures - 1));
    }

    private static void addListed(List<String> reasons, String prefix, List<String> items) {
        if (!items.isEmpty()) {
            reasons.add(prefix + list(items));
        }
    }

    private static double dates(List<Quantity> quantities, List<String> reasons) {
        List<String> dates = new ArrayList<>();
        for (Quantity q : quantities) {
            if (QuantityParser.DATE.equals(q.unit())) {
                dates.add(q.text());
            }
        }
        if (dates.isEmpty()) {
            return 0;
        }
        reasons.add("names a date: " + list(dates));
        return DATE;
    }

    private static double penalties(SentenceFeatures f, List<String> reasons) {
        double penalty = 0;
        Cues cues = f.cues();
        if (f.question()) {
            penalty += QUESTION;
            reasons.add("asks a question (lowers score)");
        } else if (f.heading()) {
            penalty += HEADING;
            reasons.add("looks like a heading, title or caption: no final punctuation (lowers score)");
        }
        if (!cues.opinions().isEmpty()) {
            penalty += OPINION;
            reasons.add("expresses opinion or obligation: " + list(cues.opinions()) + " (lowers score)");
        }
        if (!cues.hedges().isEmpty()) {
            double hedge = Math.min(MAX_HEDGES, FIRST_HEDGE + EXTRA_HEDGE * (cues.hedges().size() - 1));
            boolean reported = !cues.attributions().isEmpty();
            penalty += reported ? hedge / 2 : hedge;
            reasons.add("hedged or about the future: " + list(cues.hedges()) + " (lowers score)");
        }
        boolean concrete = !f.quantities().isEmpty() || !f.names().entities().isEmpty()
                || !cues.attributions().isEmpty() || !cues.events().isEmpty();
        if (!concrete) {
            penalty += VAGUE;
            reasons.add("vague: no names, figures, dates, sources or events (lowers score)");
        }
        if (f.wordCount() < MIN_WORDS) {
            penalty += TOO_SHORT;
            reasons.add("too short to state a checkable fact (lowers score)");
        }
        return penalty;
    }

    private static String list(List<String> items) {
        if (items.size() <= LISTED) {
            return String.join(", ", items);
        }
        return String.join(", ", items.subList(0, LISTED)) + " and " + (items.size() - LISTED) + " more";
    }
}
