package factcheck.arithmetic;

import java.util.List;

/** Finds one kind of asserted arithmetic in a sentence and reports where the stated figures contradict it. */
interface RelationCheck {

    /** The mismatches among the relations of this kind asserted in the sentence {@code text[start, end)}. */
    List<ArithmeticFlag> check(String text, int start, int end);
}
