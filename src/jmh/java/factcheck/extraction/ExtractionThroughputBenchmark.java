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
 * Bulk claim-extraction throughput by the readable signals alone (the rules, without the sentence
 * encoder, as sentences past the encoder's budget are scored) against a bare JDK sentence pass
 * over the same text, so that its cost can be stated as a multiple of {@link BreakIterator} cost.
 * {@link ArticleExtractionBenchmark} times one article with the encoder.
 *
 * <p>One operation processes the whole {@link BenchmarkText} (just over 1 MB of UTF-8), so
 * ops/s times the byte count printed at setup, divided by 10^6, is MB/s. All three benchmarks
 * run in one JMH run on the same machine state; compare them only within a run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
public class ExtractionThroughputBenchmark {

    private String text;
    private ClaimExtractor extractor;
    private SentenceSegmenter segmenter;
    private BreakIterator sentences;

    @Setup
    public void setUp() {
        text = BenchmarkText.build();
        extractor = new ClaimExtractor((SentenceEncoder) null);
        segmenter = new SentenceSegmenter();
        sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        // Printed so that every result file can be turned into MB/s without guessing the input.
        System.out.printf("%nInput: %s, repeated to %d chars = %d bytes UTF-8%n",
                BenchmarkText.articleNames(), text.length(), BenchmarkText.utf8Length(text));
    }

    /** The baseline: the JDK's sentence boundaries, no objects per sentence. */
    @Benchmark
    public int breakIterator() {
        return BenchmarkText.countSentences(sentences, text);
    }

    @Benchmark
    public List<Sentence> sentenceSegmenter() {
        return segmenter.segment(text);
    }

    @Benchmark
    public List<ExtractedClaim> claimExtractor() {
        return extractor.extract(text);
    }
}
