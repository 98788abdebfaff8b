package factcheck.extraction;

import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The time to extract the claims of one article of about 1,000 words, as an import does: with the
 * sentence encoder, by the readable signals alone, and a bare {@link BreakIterator} pass over the
 * same text as the JDK baseline (goal: the encoder's extraction under half a second).
 *
 * <p>Every operation numbers the article's sentences afresh, so no sentence is ever found among
 * the encoder's remembered ones: each operation pays for encoding all of them, as a new article
 * does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ArticleExtractionBenchmark {

    private static final int WORDS = 1_000;

    private String article;
    private ClaimExtractor withEncoder;
    private ClaimExtractor signalsOnly;
    private BreakIterator sentences;
    private long operations;

    @Setup
    public void setUp() {
        article = BenchmarkText.firstWords(WORDS);
        withEncoder = new ClaimExtractor();
        signalsOnly = new ClaimExtractor((SentenceEncoder) null);
        sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        withEncoder.extract("The encoder loads once, before the measured operations.");
        System.out.printf("%nInput: the first %d words of %s, %d characters%n", WORDS, BenchmarkText.articleNames(),
                article.length());
    }

    /** The article with every sentence numbered by this operation, so none of them is remembered. */
    private String freshArticle() {
        operations++;
        String mark = "(" + operations + ") ";
        return mark + article.replace(". ", ". " + mark).replace("\n\n", "\n\n" + mark);
    }

    @Benchmark
    public int breakIterator() {
        return BenchmarkText.countSentences(sentences, freshArticle());
    }

    @Benchmark
    public List<ExtractedClaim> signalsOnly() {
        return signalsOnly.extract(freshArticle());
    }

    @Benchmark
    public List<ExtractedClaim> withEncoder() {
        return withEncoder.extract(freshArticle());
    }
}
