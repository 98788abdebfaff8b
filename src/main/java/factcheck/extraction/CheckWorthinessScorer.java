package factcheck.extraction;

import java.util.List;

/**
 * Turns named sentence features into readable signals, each a reason with a hand-set strength:
 * figures, dates, names, sources and concrete events are positive; questions, headings,
 * opinions and hedged predictions negative. Strengths are bounded per kind of signal so that
 * piling up one kind (ten names, five event verbs) reads as one strong signal, not ten. The
 * {@link ClaimModel} learns how much each kind is worth; the {@link SignalTally} keeps the
 * signals and writes their reasons.
 */
final class CheckWorthinessScorer {

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

    private static final Signal QUOTES_VERBATIM =
            new Signal(SignalKind.VERBATIM_QUOTE, "quotes the source's words verbatim", QUOTED_WORDS);
    private static final Signal ASKS_A_QUESTION =
            new Signal(SignalKind.QUESTION, "question: ends with a question mark", -QUESTION);
    private static final Signal IS_A_HEADING =
            new Signal(SignalKind.HEADING, "heading, title or caption: no final punctuation", -HEADING);
    private static final Signal IS_VAGUE =
            new Signal(SignalKind.VAGUE, "no names, figures, dates, sources or events", -VAGUE);
    private static final Signal IS_TOO_SHORT =
            new Signal(SignalKind.TOO_SHORT, "too short to state a checkable fact", -TOO_SHORT);

    private static final String[] FUTURE_MARKERS = CueWords.FUTURE_MARKERS.toArray(new String[0]);

    /**
     * Adds the signals of a sentence to a tally started afresh for it.
     *
     * @param tally where the signals are kept for the model and for {@link SignalTally#reasons}
     */
    void addSignals(SentenceFeatures f, SignalTally tally) {
        tally.start();
        FigureSignals.add(f.quantities(), tally);
        Cues cues = f.cues();
        List<String> entities = f.names().entities();
        if (!entities.isEmpty()) {
            tally.add(SignalKind.NAMES, ENTITIES[Math.min(entities.size(), 3)], "names people/places/organisations: ",
                    entities, "");
        }
        if (!f.names().groups().isEmpty()) {
            tally.add(SignalKind.GROUPS, Math.min(MAX_GROUPS, GROUP * f.names().groups().size()),
                    "mentions nationalities or regions: ", f.names().groups(), "");
        }
        if (!cues.attributions().isEmpty()) {
            tally.add(SignalKind.ATTRIBUTION, ATTRIBUTION, "attributes to a source: ", cues.attributions(), "");
            if (cues.directQuote()) {
                tally.add(QUOTES_VERBATIM);
            }
        }
        if (!cues.events().isEmpty()) {
            tally.add(SignalKind.EVENT, EVENTS[Math.min(cues.events().size(), 3)], "reports a concrete event: ",
                    cues.events(), "");
        }
        if (!cues.causes().isEmpty()) {
            tally.add(SignalKind.CAUSE, CAUSE, "states a cause: ", cues.causes(), "");
        }
        if (!cues.comparisons().isEmpty()) {
            tally.add(SignalKind.COMPARISON, COMPARISON, "makes a comparison: ", cues.comparisons(), "");
        }
        addPenalties(f, tally);
    }

    private static void addPenalties(SentenceFeatures f, SignalTally tally) {
        Cues cues = f.cues();
        if (f.question()) {
            tally.add(ASKS_A_QUESTION);
        } else if (f.heading()) {
            tally.add(IS_A_HEADING);
        }
        if (!cues.opinions().isEmpty()) {
            tally.add(SignalKind.OPINION, -OPINION, "opinion marker: ", cues.opinions(), "");
        }
        if (!cues.hedges().isEmpty()) {
            double hedge = Math.min(MAX_HEDGES, FIRST_HEDGE + EXTRA_HEDGE * (cues.hedges().size() - 1));
            boolean reported = !cues.attributions().isEmpty();
            String label = predicts(cues.hedges()) ? "prediction: " : "hedge: ";
            tally.add(SignalKind.HEDGE, reported ? -hedge / 2 : -hedge, label, cues.hedges(),
                    reported ? ", but reported from a source" : "");
        }
        boolean concrete = !f.quantities().isEmpty() || !f.names().entities().isEmpty()
                || !cues.attributions().isEmpty() || !cues.events().isEmpty();
        if (!concrete) {
            tally.add(IS_VAGUE);
        }
        if (f.wordCount() < MIN_WORDS) {
            tally.add(IS_TOO_SHORT);
        }
    }

    /** True when a hedge speaks of the future ("will", "expected to") rather than of doubt ("may"). */
    static boolean predicts(List<String> hedges) {
        for (int k = 0; k < hedges.size(); k++) {
            if (TextScan.hasWordIn(hedges.get(k), FUTURE_MARKERS)) {
                return true;
            }
        }
        return false;
    }

    /** The items separated by commas, the first {@value #LISTED} only, then how many more. */
    static String listed(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        if (items.size() <= LISTED) {
            return String.join(", ", items);
        }
        return String.join(", ", items.subList(0, LISTED)) + " and " + (items.size() - LISTED) + " more";
    }
}
