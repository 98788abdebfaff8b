package factcheck.extraction;

import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;
import java.util.function.ToIntFunction;

/**
 * Runs one step of extraction, or the {@link BreakIterator} baseline, over the
 * {@link BenchmarkText} a given number of times, for counting its instructions under
 * {@code valgrind --tool=cachegrind} (see docs/benchmarks.md). Counts do not depend on what else
 * the machine is doing, where times do; two runs that differ only in the number of measured
 * operations give, by their difference, the count of those operations alone.
 *
 * <p>Usage: {@code StepRunner <step> <warm-up operations> <measured operations>}; steps:
 * {@code breakIterator}, {@code segment}, {@code tokenize}, {@code lexicon}, {@code quantities},
 * {@code names}, {@code cues}, {@code boilerplate} (every sentence) and {@code extract} (the whole
 * of {@link ClaimExtractor#extract}).
 */
public final class StepRunner {

    private final String text = BenchmarkText.build();
    private final List<Sentence> sentences = new SentenceSegmenter().segment(text);
    private final ClaimExtractor extractor = new ClaimExtractor();
    private final List<Tokens> tokenized = tokenize();
    private final char[] lastChars = SentenceAnalyzer.lastSignificantChars(text, sentences);
    private final Lexicon lexicon = lexicon();

    public static void main(String[] args) {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: StepRunner <step> <warm-up operations> <measured operations>");
        }
        IntSupplier step = new StepRunner().step(args[0]);
        long sink = run(step, Integer.parseInt(args[1]));
        // With a young generation larger than what the measured operations allocate (see
        // count-instructions), no collection falls among them: a collection's instructions depend
        // on where it falls, not on the step, and one more or less moved counts by millions.
        System.gc();
        long start = System.nanoTime();
        sink += run(step, Integer.parseInt(args[2]));
        System.out.printf("%s: %d operations in %.1f ms (%d)%n", args[0], Integer.parseInt(args[2]),
                (System.nanoTime() - start) / 1e6, sink);
    }

    private static long run(IntSupplier step, int operations) {
        long sink = 0;
        for (int i = 0; i < operations; i++) {
            sink += step.getAsInt();
        }
        return sink;
    }

    /** One operation of the named step, returning a number derived from its result so that it is not optimised away. */
    private IntSupplier step(String name) {
        BreakIterator boundaries = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        SentenceSegmenter segmenter = new SentenceSegmenter();
        QuantityParser quantities = new QuantityParser();
        ProperNameFinder names = new ProperNameFinder();
        CueFinder cues = new CueFinder();
        return switch (name) {
            case "breakIterator" -> () -> BenchmarkText.countSentences(boundaries, text);
            case "segment" -> () -> segmenter.segment(text).size();
            case "tokenize" -> () -> tokenize().size();
            case "lexicon" -> () -> lexicon().hashCode();
            case "quantities" -> () -> sum(tokens -> quantities.parse(tokens).size());
            case "names" -> () -> sum(tokens -> names.find(tokens, lexicon).entities().size());
            case "cues" -> () -> sum(tokens -> cues.find(tokens).events().size());
            case "boilerplate" -> () -> {
                int found = 0;
                for (int i = 0; i < sentences.size(); i++) {
                    Sentence sentence = sentences.get(i);
                    found += BoilerplateDetector.detect(tokenized.get(i), sentence.start(), sentence.end()) == null ? 0 : 1;
                }
                return found;
            };
            case "extract" -> () -> extractor.extract(text).size();
            default -> throw new IllegalArgumentException("no such step: " + name);
        };
    }

    private int sum(ToIntFunction<Tokens> perSentence) {
        int sum = 0;
        for (Tokens tokens : tokenized) {
            sum += perSentence.applyAsInt(tokens);
        }
        return sum;
    }

    private List<Tokens> tokenize() {
        return extractor.tokenize(text, sentences);
    }

    private Lexicon lexicon() {
        return ClaimExtractor.lexicon(text, lastChars, tokenized);
    }
}
