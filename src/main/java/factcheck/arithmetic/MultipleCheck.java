package factcheck.arithmetic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Multiples in words between two stated figures: "tripled from 368 to 2,911", "2,911 cases, tripled from
 * 368", "three times as many as the 368", "fell by half from 368 to 150", "a fivefold rise from 20 to 100".
 */
final class MultipleCheck implements RelationCheck {

    /**
     * A multiple in words is itself rounded: "tripled" stands for any ratio within a tenth of 3 (2.73× to
     * 3.3×, so 368 tripled is anything from about 1,000 to 1,215), "halved" for 0.45× to 0.55×.
     */
    private static final double WORD_SLACK = 1.1;

    /** "fell by a third", "rose by half", "cut by two-thirds". */
    private static final String FRACTION = "(?:(?:a|one|two|three)(?:-| ))?(?:half|thirds?|quarters?|fifths?|tenths?)";
    private static final String FOLD = "(?:two|three|four|five|six|seven|eight|nine|ten|twenty|[0-9]+)-?fold";
    private static final String VERB = "(?<cue>doubled|doubling|doubles|double|tripled|tripling|triples|triple"
            + "|trebled|trebling|trebles|treble|quadrupled|quadrupling|quadruples|quadruple"
            + "|halved|halving|halves|halve|(?:cut|slashed) in half"
            + "|(?:fell|fallen|falls|fall|dropped|drops|drop|declined|decreased|shrank|shrunk|been cut|was cut"
            + "|were cut|cut|reduced|slashed|down|rose|risen|rises|increased|grew|grown|jumped|climbed|up) by "
            + FRACTION
            + "|(?:(?:rose|risen|increased|grew|grown|jumped|climbed|surged|soared) )?" + FOLD
            + "(?: (?:increase|rise|jump|growth))?)";
    /** A time span between the verb and the figures: "doubled in two years, from …". */
    private static final String SPAN = "(?: (?:in|over|since|within|during) [\\p{L}\\p{N}]+"
            + "(?: (?:years?|months?|weeks?|days?|decades?))?)?";
    private static final String TIMES = "(?<cue>(?:twice|double|triple|treble|quadruple|(?:"
            + Patterns.NUMBER_WORD + "|[0-9]+(?:\\.[0-9]+)?) times)"
            + "(?: as (?:many|much|high|large|big|great) as| the| (?:more|higher|larger|bigger|greater) than))";

    private static final Pattern BY_FRACTION = Patterns.plain("\\bby\\s+(" + FRACTION.replace(" ", "\\s+") + ")$");
    private static final Pattern RISING = Patterns.plain(
            "^(?:rose|risen|rises|increased|grew|grown|jumped|climbed|up)\\b");
    private static final Pattern TIMES_NUMBER = Patterns.plain("^(" + Patterns.NUMBER_WORD + "|[0-9]+(?:\\.[0-9]+)?)"
            + "(?:\\s+times|-?fold)");
    /** "three times more than" is read by some as 3× and by others as 4×: either passes. */
    private static final Pattern MORE_THAN = Patterns.plain("\\s(?:more|higher|larger|bigger|greater)\\s+than$");

    /** How a relation is phrased; the subject comes first in "2,911 cases, tripled from 368". */
    private record Phrasing(Pattern pattern, boolean subjectFirst) {
    }

    private static final List<Phrasing> PHRASINGS = List.of(
            // "tripled from 368 to 2,911", "more than doubled in two years, from 1.2m to 2.9m"
            new Phrasing(Patterns.compile("\\b{hedge}" + VERB + SPAN + ",? from (?:the )?{a}{words} to {b}"), false),
            // "doubled to 736 from 368"
            new Phrasing(Patterns.compile("\\b{hedge}" + VERB + SPAN + ",? to {b}{words},? from (?:the )?{a}"), false),
            // "2,911 cases, tripled from 368 the year before"
            new Phrasing(Patterns.compile("{b}{words}\\s*(?:,|[–—])\\s*(?:(?:which|that) (?:has |have |had )?"
                    + "|having |after )?{hedge}" + VERB + " from (?:the )?{a}"), true),
            // "2,911 cases, three times as many as the 368 of 2022", "…, more than twice the 368"
            new Phrasing(Patterns.compile("{b}{words}\\s*(?:,|[–—]| is| was| were| are)\\s*(?:or )?{hedge}" + TIMES
                    + "(?: the| its| their| that of)? {a}"), true));

    /** A multiple is always said with one of these. */
    private static final Pattern CUE_WORDS = Patterns.cueWords(
            "doubl|tripl|trebl|quadrupl|halv|half|twice|times|\\w+fold|third|quarter|fifth|tenth");

    @Override
    public List<ArithmeticFlag> check(String text, int start, int end) {
        if (!Patterns.mentions(CUE_WORDS, text, start, end)) {
            return List.of();
        }
        List<ArithmeticFlag> flags = new ArrayList<>();
        Set<Integer> settledCues = new HashSet<>();
        for (Phrasing phrasing : PHRASINGS) {
            Patterns.forEachMatch(phrasing.pattern(), text, start, end, m -> {
                // Phrasings overlap ("was cut by a third", "cut by a third"): each cue is read once.
                if (settledCues.contains(m.end("cue"))) {
                    return;
                }
                Figure from = FigureReader.read(text, m, "a");
                Figure to = FigureReader.read(text, m, "b");
                if (!comparable(text, m.start(), from, to)
                        || phrasing.subjectFirst() && FigureReader.followsPreposition(text, to)) {
                    return;
                }
                settledCues.add(m.end("cue"));
                ArithmeticFlag flag = mismatch(text, m, from, to);
                if (flag != null) {
                    flags.add(flag);
                }
            });
        }
        return flags;
    }

    private static boolean comparable(String text, int matchStart, Figure from, Figure to) {
        return FigureReader.comparable(from, to) && from.unit() != Figure.Unit.POINTS
                && from.range().low() > 0 && to.range().low() > 0
                && FigureReader.usable(text, from, matchStart)
                && FigureReader.usable(text, to, matchStart);
    }

    private static ArithmeticFlag mismatch(String text, Matcher m, Figure from, Figure to) {
        String cue = m.group("cue").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        double factor = factor(cue);
        Hedge hedge = Hedge.of(m.group("hedge"));
        Interval ratio = to.range().dividedBy(from.range());
        // A fall is checked as a growth the other way round, so that "more than halved" and "more than
        // doubled" loosen the same side.
        Interval size = factor >= 1 ? ratio : ratio.inverted();
        double asserted = factor >= 1 ? factor : 1 / factor;
        boolean moreThan = MORE_THAN.matcher(cue).find();
        if (size.overlaps(allowed(hedge, asserted)) || moreThan && size.overlaps(allowed(hedge, asserted + 1))) {
            return null;
        }
        String hedgeWords = m.group("hedge") == null ? "" : m.group("hedge").toLowerCase(Locale.ROOT) + " ";
        String expected = hedgeWords + Written.number(factor) + "×"
                + (moreThan ? " or " + Written.number(factor + 1) + "×" : "");
        int quoteStart = m.group("hedge") == null ? m.start("cue") : m.start("hedge");
        String message = to.text() + " / " + from.text() + " = " + Written.ratio(to.value() / from.value())
                + ", not " + expected + " (\"" + text.substring(quoteStart, m.end("cue")) + "\")";
        List<Figure> figures = new ArrayList<>(List.of(from, to));
        figures.sort(Comparator.comparingInt(Figure::start));
        return new ArithmeticFlag(m.start(), m.end(), Relation.MULTIPLE, message, figures);
    }

    private static Interval allowed(Hedge hedge, double asserted) {
        return hedge.allow(new Interval(asserted / WORD_SLACK, asserted * WORD_SLACK), asserted);
    }

    /**
     * The multiple a cue says: 2 for "doubled" and "twice", 0.5 for "halved" and "fell by half", 5 for
     * "fivefold", 2/3 for "cut by a third", 1.5 for "rose by half".
     */
    static double factor(String cue) {
        Matcher byFraction = BY_FRACTION.matcher(cue);
        if (byFraction.find()) {
            double fraction = ShareWords.fractionValue(byFraction.group(1));
            return RISING.matcher(cue).find() ? 1 + fraction : 1 - fraction;
        }
        Matcher number = TIMES_NUMBER.matcher(cue.replaceFirst("^\\S+\\s+(?=\\S+-?fold)", ""));
        if (number.find()) {
            String n = number.group(1);
            return Character.isDigit(n.charAt(0)) ? Double.parseDouble(n) : FigureReader.wordValue(n);
        }
        if (cue.contains("half") || cue.startsWith("halv")) {
            return 0.5;
        }
        if (cue.startsWith("doubl") || cue.startsWith("twice")) {
            return 2;
        }
        if (cue.startsWith("tripl") || cue.startsWith("trebl")) {
            return 3;
        }
        if (cue.startsWith("quadrupl")) {
            return 4;
        }
        throw new IllegalStateException("no multiple in " + cue);
    }
}
