package factcheck.arithmetic;

import factcheck.extraction.Sentence;
import factcheck.extraction.SentenceSegmenter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds arithmetic a text asserts between figures it states, and reports where those figures do not bear
 * it out: "2,911 cases, tripled from 368" is flagged as "2,911 / 368 = 7.9×, not 3× ("tripled")".
 *
 * <p>Only relations the wording asserts are checked (multiples, changes from one figure to another, a part
 * given as a share of a whole, shares presented as the whole, a total and its parts); two figures in a
 * sentence are never compared otherwise. Every figure stands for the values its written precision allows,
 * and words such as "tripled" or "one in four" for the values they round, so rounding alone never raises a
 * flag. Relations between hedged figures ("about 1,000") are not checked; hedged assertions ("more than
 * doubled", "nearly 30 %") are checked for what they still claim. The rules are described in
 * docs/red-flags.md.
 *
 * <p>Plain Java and stateless: one instance can serve any number of threads.
 */
public final class ArithmeticCheck {

    /**
     * Asserted arithmetic lives in ordinary sentences; a longer run of text without a sentence end is a table
     * or a list, whose figures no wording relates, and matching every figure in it against every other would
     * cost time that grows with the square of its length.
     */
    private static final int LONGEST_SENTENCE = 2_000;

    /** "rose 12 % and 15 % to 1,120 and 1,150 respectively" pairs figures in an order not read here. */
    private static final Pattern RESPECTIVELY = Pattern.compile("\\brespectively\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern FIGURE = Patterns.plain(Patterns.FIGURE);

    private final SentenceSegmenter segmenter = new SentenceSegmenter();
    private final List<RelationCheck> checks = List.of(
            new MultipleCheck(), new ChangeCheck(), new ShareCheck(), new BreakdownCheck(), new TotalCheck());

    /**
     * The mismatches in {@code text}, in text order. Each lies inside one sentence; none is reported where
     * the text asserts no relation.
     */
    public List<ArithmeticFlag> check(String text) {
        List<ArithmeticFlag> flags = new ArrayList<>();
        for (Sentence sentence : segmenter.segment(text)) {
            if (sentence.end() - sentence.start() > LONGEST_SENTENCE || !hasTwoFigures(text, sentence)
                    || RESPECTIVELY.matcher(text).region(sentence.start(), sentence.end()).find()) {
                continue;
            }
            for (RelationCheck check : checks) {
                flags.addAll(check.check(text, sentence.start(), sentence.end()));
            }
        }
        flags.sort(Comparator.comparingInt(ArithmeticFlag::start));
        return List.copyOf(flags);
    }

    /** Every relation relates at least two stated figures; most sentences have fewer and are passed over. */
    private static boolean hasTwoFigures(String text, Sentence sentence) {
        Matcher figure = FIGURE.matcher(text).region(sentence.start(), sentence.end());
        return figure.find() && figure.find();
    }
}
