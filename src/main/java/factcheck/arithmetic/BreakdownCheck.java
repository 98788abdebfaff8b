package factcheck.arithmetic;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Percentages the text presents as a whole, which must add up to 100 %. Only two wordings count as saying
 * so, since a list of percentages is often not a whole (survey answers that allow several choices, shares
 * of different groups): a last share called "the remaining", "the rest" or "the remainder", and a split
 * ("split 52 % to 48 %").
 */
final class BreakdownCheck implements RelationCheck {

    /**
     * "… and the remaining 15%", "the rest (10%)". Not "the other 20 %", which as often names another group
     * ("the other 20 % of loans") as the remainder.
     */
    private static final Pattern REMAINDER = Patterns.compile("\\b(?<cue>(?:the )?remaining|the (?:rest|remainder)"
            + "(?:,| at| with| on| were| was| are| is)?)\\s*\\(?\\s*{p}");
    /** "split 52% to 48%", "divided 40% to 35% to 25%". */
    private static final Pattern SPLIT = Patterns.compile("\\b(?<cue>split|splits|divided|divides) {a}"
            + " (?:to|versus|vs\\.?|against) {b}(?: (?:to|versus|vs\\.?|against) {c})?"
            + "(?!\\s*(?:to|versus|vs|against)\\b)");

    private static final Pattern FIGURE = Patterns.plain(Patterns.FIGURE);
    /**
     * A percentage right after one of these is a change or a comparison, not a share of the whole:
     * "up 3 %", "compared to 38 %", "a rise of 5 %".
     */
    private static final Pattern CHANGE_BEFORE = Patterns.plain("\\b(?:rose|risen|rise|rises|increased|increase"
            + "|grew|growth|jumped|fell|fall|falls|dropped|drop|declined|decline|decreased|up|down|by|from|to|than"
            + "|rate|margin|turnout)(?:\\s+of)?\\s+$");
    private static final Pattern CHANGE_AFTER = Patterns.plain("\\s*(?:points?\\b|pp\\b|more\\b|less\\b|higher\\b"
            + "|lower\\b|increase|rise|growth|a year\\b|per year\\b|annually\\b|year-on-year\\b)");
    /** Shares of a part of the whole ("38 % of them"): they do not add up with the rest. */
    private static final Pattern NESTED = Patterns.compile("\\b(?:of whom|of which|of them|among them|of the remaining"
            + "|of the rest)\\b");

    private static final int LOOK_BEHIND = 30;

    /** The only wordings that present shares as the whole. */
    private static final Pattern CUE_WORDS = Patterns.cueWords("remaining|the rest|the remainder|split|divide");

    @Override
    public List<ArithmeticFlag> check(String text, int start, int end) {
        if (!Patterns.mentions(CUE_WORDS, text, start, end)) {
            return List.of();
        }
        if (NESTED.matcher(text).region(start, end).find()) {
            return List.of();
        }
        List<ArithmeticFlag> flags = new ArrayList<>();
        addRemainderMismatches(text, start, end, flags);
        addSplitMismatches(text, start, end, flags);
        return flags;
    }

    private static void addRemainderMismatches(String text, int start, int end, List<ArithmeticFlag> flags) {
        Matcher remainder = REMAINDER.matcher(text).region(start, end);
        List<Figure> sentenceShares = null;
        while (remainder.find()) {
            if (sentenceShares == null) {
                sentenceShares = shares(text, start, end);
            }
            ArithmeticFlag flag = remainderMismatch(text, start, remainder, sentenceShares);
            if (flag != null) {
                flags.add(flag);
            }
        }
    }

    private static void addSplitMismatches(String text, int start, int end, List<ArithmeticFlag> flags) {
        Matcher split = SPLIT.matcher(text).region(start, end);
        while (split.find()) {
            List<Figure> shares = new ArrayList<>();
            for (String group : List.of("a", "b", "c")) {
                Figure share = FigureReader.read(text, split, group);
                if (share != null) {
                    shares.add(share);
                }
            }
            ArithmeticFlag flag = mismatch(text, shares, split.start(), split.end(), split.group("cue"));
            if (flag != null) {
                flags.add(flag);
            }
        }
    }

    /** The percentages in the sentence that are shares, not changes or comparisons. */
    private static List<Figure> shares(String text, int start, int end) {
        List<Figure> shares = new ArrayList<>();
        Matcher figure = FIGURE.matcher(text).region(start, end);
        while (figure.find()) {
            Figure share = FigureReader.read(text, figure.start(), figure.end());
            if (share.unit() == Figure.Unit.PERCENT && !isChange(text, share)) {
                shares.add(share);
            }
        }
        return shares;
    }

    /**
     * The shares before "the remaining X %" in the same clause chain (a semicolon starts another), checked
     * in every run that ends with X: "turnout was 62 %, with 52 % for and the remaining 48 % against" is
     * fine because 52 + 48 make 100, whatever the 62 is.
     */
    private static ArithmeticFlag remainderMismatch(String text, int sentenceStart, Matcher remainder,
                                                    List<Figure> sentenceShares) {
        Figure last = FigureReader.read(text, remainder, "p");
        int chainStart = Math.max(sentenceStart, text.lastIndexOf(';', remainder.start()) + 1);
        List<Figure> shares = new ArrayList<>();
        for (Figure share : sentenceShares) {
            if (share.start() >= chainStart && share.end() <= remainder.start()) {
                shares.add(share);
            }
        }
        shares.add(last);
        for (int first = shares.size() - 2; first >= 0; first--) {
            if (sum(shares.subList(first, shares.size())).overlaps(new Interval(100, 100))) {
                return null;
            }
        }
        return mismatch(text, shares, shares.get(0).start(), remainder.end(), text.substring(remainder.start(),
                remainder.end()));
    }

    private static ArithmeticFlag mismatch(String text, List<Figure> shares, int start, int end, String cue) {
        if (shares.size() < 2 || !shares.stream().allMatch(s -> s.unit() == Figure.Unit.PERCENT
                && !FigureReader.isHedged(text, s))) {
            return null;
        }
        Interval sum = sum(shares);
        if (sum.overlaps(new Interval(100, 100))) {
            return null;
        }
        Figure last = shares.get(shares.size() - 1);
        List<String> written = shares.stream().map(Figure::text).toList();
        String message = String.join(" + ", written) + " = "
                + Written.like(last, shares.stream().mapToDouble(Figure::value).sum()) + ", not "
                + Written.like(last, 100) + " (\"" + cue + "\")";
        return new ArithmeticFlag(start, end, Relation.BREAKDOWN, message, shares);
    }

    private static Interval sum(List<Figure> shares) {
        Interval sum = new Interval(0, 0);
        for (Figure share : shares) {
            sum = sum.plus(share.range());
        }
        return sum;
    }

    private static boolean isChange(String text, Figure share) {
        return CHANGE_BEFORE.matcher(text).useTransparentBounds(true)
                .region(Math.max(0, share.start() - LOOK_BEHIND), share.start()).find()
                || CHANGE_AFTER.matcher(text).region(share.end(), text.length()).lookingAt();
    }
}
