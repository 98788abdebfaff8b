package factcheck.comparison;

/**
 * A fact a sentence states: a number, a date, a name, a negation or a quantifier.
 *
 * @param kind        what sort of fact
 * @param value       what it is compared by: "10000000", "y2024 m3", "russia", "not", "most"
 * @param first       its first word, an index into the sentence's words
 * @param last        its last word, inclusive
 * @param head        for a negation or quantifier, the first word it applies to ("no intention",
 *                    "most migrants"), or -1; a scope moved to another word is a changed fact
 * @param shownFirst  the first word shown to a person: the whole name "Northern Asian" for its word
 *                    "Northern", the quantifier with its word "largely dominated"
 * @param shownLast   the last word shown, inclusive
 * @param droppable   written or left out alone, it changes no fact: an "all" that only stresses a
 *                    definite plural ("they are all citizens"), "one" as a pronoun, an intensifier
 *                    ("completely"), a first name or title beside the rest of a name
 */
record Fact(DifferenceKind kind, String value, int first, int last, int head, int shownFirst, int shownLast,
            boolean droppable) {

    boolean covers(int word) {
        return word >= first && word <= last;
    }
}
