package factcheck.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Compares two builds of the extraction package, each compiled into a folder of its own and
 * loaded by a class loader of its own, so that both run in one JVM (see
 * {@code src/jmh/compare-builds} and docs/benchmarks.md).
 *
 * <ul>
 *   <li>{@code outputs}: both extract claims from every text file of the repository, the
 *       {@link BenchmarkText} and 3,000 reproducible mixes of pieces of them, at three
 *       thresholds, with {@link ClaimExtractor#scoreAll} too; prints a digest of each build's
 *       output and exits with status 1 if they differ. A change meant only to be faster must
 *       leave the digest as it was.</li>
 *   <li>{@code speed}: times both builds and a bare {@link BreakIterator} pass on the
 *       benchmark text in turns, for a number of rounds of a few operations each, and prints
 *       the median of each round's ratios. A machine whose speed drifts moves all three alike
 *       within a round, so the ratios hold where separate runs disagree.</li>
 * </ul>
 *
 * <p>Usage: {@code CompareBuilds outputs|speed <classes before> <classes after> [rounds]}.
 */
public final class CompareBuilds {

    private static final double[] THRESHOLDS = {0.3, ClaimExtractor.defaultThreshold(), 0.7};
    private static final int MIXES = 3_000;
    private static final int WARM_UP_ROUNDS = 20;
    private static final int OPERATIONS_PER_ROUND = 5;

    private CompareBuilds() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3 || !List.of("outputs", "speed").contains(args[0])) {
            throw new IllegalArgumentException("usage: CompareBuilds outputs|speed <classes before> <classes after> [rounds]");
        }
        Build before = new Build("before", Path.of(args[1]));
        Build after = new Build("after", Path.of(args[2]));
        if (args[0].equals("outputs")) {
            System.exit(compareOutputs(before, after) ? 0 : 1);
        }
        compareSpeed(before, after, args.length > 3 ? Integer.parseInt(args[3]) : 60);
    }

    private static boolean compareOutputs(Build before, Build after) throws Exception {
        List<String> inputs = inputs();
        String digestBefore = before.digest(inputs);
        String digestAfter = after.digest(inputs);
        System.out.printf("%d inputs%nbefore %s%nafter  %s%n%s%n", inputs.size(), digestBefore, digestAfter,
                digestBefore.equals(digestAfter) ? "same outputs" : "OUTPUTS DIFFER");
        return digestBefore.equals(digestAfter);
    }

    private static void compareSpeed(Build before, Build after, int rounds) throws Exception {
        String text = BenchmarkText.build();
        BreakIterator boundaries = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        long[][] nanos = new long[3][rounds];
        for (int round = -WARM_UP_ROUNDS; round < rounds; round++) {
            // Each round starts with another of the three, so none always runs after the same one.
            for (int turn = 0; turn < 3; turn++) {
                int which = Math.floorMod(round + turn, 3);
                long start = System.nanoTime();
                for (int op = 0; op < OPERATIONS_PER_ROUND; op++) {
                    switch (which) {
                        case 0 -> before.extract(text);
                        case 1 -> after.extract(text);
                        default -> BenchmarkText.countSentences(boundaries, text);
                    }
                }
                if (round >= 0) {
                    nanos[which][round] = (System.nanoTime() - start) / OPERATIONS_PER_ROUND;
                }
            }
        }
        System.out.printf("%d rounds of %d operations, ms per operation:%n", rounds, OPERATIONS_PER_ROUND);
        String[] names = {"before", "after", "BreakIterator"};
        for (int k = 0; k < 3; k++) {
            long[] sorted = nanos[k].clone();
            Arrays.sort(sorted);
            System.out.printf("  %-13s fastest %6.2f, median %6.2f%n", names[k], sorted[0] / 1e6, sorted[rounds / 2] / 1e6);
        }
        printRatio("after / before", nanos[1], nanos[0]);
        printRatio("before / BreakIterator", nanos[0], nanos[2]);
        printRatio("after / BreakIterator", nanos[1], nanos[2]);
    }

    /** The median and quartiles of the per-round ratios. */
    private static void printRatio(String label, long[] numerators, long[] denominators) {
        double[] ratios = new double[numerators.length];
        for (int round = 0; round < ratios.length; round++) {
            ratios[round] = (double) numerators[round] / denominators[round];
        }
        Arrays.sort(ratios);
        int n = ratios.length;
        System.out.printf("  %-23s median %.3f (quartiles %.3f and %.3f)%n", label, ratios[n / 2], ratios[n / 4],
                ratios[3 * n / 4]);
    }

    /** Every text of the repository, the benchmark text and mixes of pieces of them, in a fixed order. */
    private static List<String> inputs() throws IOException {
        List<String> inputs = new ArrayList<>();
        inputs.add(BenchmarkText.build());
        try (Stream<Path> files = Files.walk(Path.of("src"))) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                if (file.toString().matches(".*\\.(txt|md|html|java|json|csv)")) {
                    // Decoded with replacement: some upload fixtures are not UTF-8 on purpose.
                    inputs.add(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
                }
            }
        }
        Random random = new Random(42);
        int texts = inputs.size();
        for (int k = 0; k < MIXES; k++) {
            inputs.add(piece(inputs.get(random.nextInt(texts)), random, 2_000)
                    + (random.nextBoolean() ? "\n\n" : " ") + piece(inputs.get(random.nextInt(texts)), random, 500));
        }
        return inputs;
    }

    private static String piece(String text, Random random, int longest) {
        int from = random.nextInt(text.length() + 1);
        return text.substring(from, Math.min(text.length(), from + random.nextInt(longest)));
    }

    /** One build's {@link ClaimExtractor}, called by reflection: its classes are not this class's. */
    private static final class Build {

        private final String name;
        private final Class<?> extractorClass;
        private final Object extractor;
        private final Method extract;

        Build(String name, Path classes) throws ReflectiveOperationException {
            this.name = name;
            ClassLoader loader = new URLClassLoader(new URL[] {url(classes)}, ClassLoader.getPlatformClassLoader());
            extractorClass = loader.loadClass(ClaimExtractor.class.getName());
            extractor = extractorClass.getConstructor().newInstance();
            extract = extractorClass.getMethod("extract", String.class);
        }

        List<?> extract(String text) throws ReflectiveOperationException {
            return (List<?>) extract.invoke(extractor, text);
        }

        /** SHA-256 of every claim's {@code toString()}: offsets, text, score, reasons, kind and quantities. */
        String digest(List<String> inputs) throws ReflectiveOperationException {
            MessageDigest digest = sha256();
            long claims = 0;
            for (double threshold : THRESHOLDS) {
                Object atThreshold = extractorClass.getConstructor(double.class).newInstance(threshold);
                Method scoreAll = extractorClass.getMethod("scoreAll", String.class);
                for (String input : inputs) {
                    List<?> found = invoke(atThreshold, extract, input);
                    claims += found.size();
                    digest.update(found.toString().getBytes(StandardCharsets.UTF_8));
                    if (threshold == ClaimExtractor.defaultThreshold()) {
                        digest.update(invoke(atThreshold, scoreAll, input).toString().getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
            System.out.printf("%s: %d claims%n", name, claims);
            return HexFormat.of().formatHex(digest.digest());
        }

        private static List<?> invoke(Object target, Method method, String input) throws ReflectiveOperationException {
            try {
                return (List<?>) method.invoke(target, input);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException("extraction failed on an input of " + input.length() + " chars", e.getCause());
            }
        }

        private static URL url(Path classes) {
            try {
                return classes.toUri().toURL();
            } catch (MalformedURLException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static MessageDigest sha256() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
