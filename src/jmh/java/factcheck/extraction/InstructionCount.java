package factcheck.extraction;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * Instruction counts of warmed-up extraction against a warmed-up {@link BreakIterator} pass,
 * which, unlike throughput, do not depend on what else the machine is running. Meant to run
 * under {@code valgrind --tool=callgrind --instr-atstart=no}: after the warm-up it switches
 * counting on with {@code callgrind_control}, then asks for a dump after every pass, so each
 * dump holds one pass (plus the cost of the {@code callgrind_control} call, which the dumps
 * labelled "control" measure on their own). See docs/benchmarks.md for the command.
 *
 * <p>Arguments: warm-up rounds, measured rounds, and the number of characters of the
 * {@link BenchmarkText} to use (cut back to a blank line), since everything runs about 50
 * times slower under callgrind.
 */
final class InstructionCount {

    private InstructionCount() {
    }

    public static void main(String[] args) throws Exception {
        int warmUp = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        String full = BenchmarkText.build();
        String text = full.substring(0, full.lastIndexOf("\n\n", Integer.parseInt(args[2])) + 2);
        ClaimExtractor extractor = new ClaimExtractor();
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        long sink = 0;
        for (int k = 0; k < warmUp; k++) {
            sink += breakIterator(sentences, text) + extractor.extract(text).size();
        }
        String pid = Long.toString(ProcessHandle.current().pid());
        callgrind("-i", "on", pid);
        // The first call after switching on also pays for loading the process classes.
        callgrind("-d", "warm-up-control", pid);
        callgrind("-d", "control", pid);
        for (int k = 0; k < rounds; k++) {
            collectGarbage(pid);
            sink += breakIterator(sentences, text);
            callgrind("-d", "breakIterator", pid);
            collectGarbage(pid);
            sink += extractor.extract(text).size();
            callgrind("-d", "claimExtractor", pid);
        }
        System.out.printf("%,d chars, %,d UTF-8 bytes (%d)%n", text.length(), BenchmarkText.utf8Length(text), sink);
    }

    private static int breakIterator(BreakIterator sentences, String text) {
        sentences.setText(text);
        int count = 0;
        while (sentences.next() != BreakIterator.DONE) {
            count++;
        }
        return count;
    }

    /**
     * Collects garbage and dumps it apart ("gc"), so that no collection lands in a measured pass:
     * one did in some passes and not in others, which made extraction counts differ by 15 %.
     */
    private static void collectGarbage(String pid) throws Exception {
        System.gc();
        callgrind("-d", "gc", pid);
    }

    private static void callgrind(String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = "callgrind_control";
        System.arraycopy(args, 0, command, 1, args.length);
        new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    }
}
