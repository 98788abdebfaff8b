package factcheck.comparison;

import factcheck.extraction.Sentence;
import java.util.List;

/** The differences between two single sentences, read and compared as a pair, and how they are written in tests. */
final class Differences {

    private Differences() {
    }

    /** Each difference as "KIND copy words | original words", in the copy's word order. */
    static List<String> between(String copy, String original) {
        List<List<Wording>> read = new WordingReader().read(List.of(copy, original),
                List.of(List.of(new Sentence(0, copy.length())), List.of(new Sentence(0, original.length()))));
        return new FactComparison(copy, read.get(0).get(0), original, read.get(1).get(0)).differences().stream()
                .sorted((a, b) -> Integer.compare(a.copyWord(), b.copyWord()))
                .map(found -> written(found.difference()))
                .toList();
    }

    static String written(Difference difference) {
        return difference.kind() + " " + difference.copy() + " | " + difference.original();
    }

    /** "NAME Soviet | Russian" read the other way round: "NAME Russian | Soviet". */
    static String reversed(String written) {
        int space = written.indexOf(' ');
        String[] sides = written.substring(space + 1).split(" \\| ", -1);
        return written.substring(0, space) + " " + sides[1] + " | " + sides[0];
    }
}
