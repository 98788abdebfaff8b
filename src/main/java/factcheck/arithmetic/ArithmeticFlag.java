package factcheck.arithmetic;

import java.util.List;

/**
 * Arithmetic a text asserts that its own figures do not bear out.
 *
 * @param start    offset of the asserted relation in the checked text, inclusive; it lies inside one
 *                 sentence, so the flag belongs to the claim covering that sentence
 * @param end      offset of the asserted relation, exclusive
 * @param relation the kind of arithmetic asserted
 * @param message  the computation for a person to check: "2,911 / 368 = 7.9×, not 3× (\"tripled\")"
 * @param figures  the stated figures the computation uses, in text order
 */
public record ArithmeticFlag(int start, int end, Relation relation, String message, List<Figure> figures) {

    public ArithmeticFlag {
        figures = List.copyOf(figures);
    }
}
