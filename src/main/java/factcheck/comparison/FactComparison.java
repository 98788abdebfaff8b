package factcheck.comparison;

import java.util.ArrayList;
import java.util.List;

/**
 * The facts a copy's sentence states differently from its original sentence.
 *
 * <p>The words of the two sentences are paired first ({@link WordAlignment}). A fact of the copy is kept
 * when the original states the same fact (the same number, date, name, negation or share), preferably at
 * the paired words, else anywhere in the sentence; a negation or quantifier must also apply to the same
 * word ("some signs that the nations" and "signs that some nations" differ). Facts left over on both
 * sides are paired into changes: at paired words, in corresponding gaps, or as the only leftover of
 * their kind on each side. Facts left over alone are added or dropped facts, except what changes no
 * fact when written or left out alone (see {@link Fact#droppable()}) and numbers, dates and names the
 * other sentence states elsewhere (a name said twice, once by name and once as "it"). Negations by a
 * prefix are found by {@link PrefixNegations}.
 */
final class FactComparison {

    /** A difference, at a word of the copy: where it belongs when two copy sentences share one original. */
    record Found(Difference difference, int copyWord) {
    }

    private final Wording copy;
    private final Wording original;
    private final WordAlignment alignment;
    private final Counterparts counterparts;

    FactComparison(String copyText, Wording copy, String originalText, Wording original) {
        this.copy = copy;
        this.original = original;
        this.alignment = new WordAlignment(copy, original);
        this.counterparts = new Counterparts(copyText, copy, originalText, original, alignment);
    }

    List<Found> differences() {
        List<Found> found = new ArrayList<>();
        for (DifferenceKind kind : DifferenceKind.values()) {
            compare(of(copy, kind), of(original, kind), found);
        }
        found.addAll(PrefixNegations.between(copy, original, alignment));
        return withoutRepeats(found);
    }

    /**
     * Without a difference another one already says: each word of a changed name is a fact, but "Timothy
     * Randhir" for "Michelle Campbell-Ward" is one change, not one per word.
     */
    private static List<Found> withoutRepeats(List<Found> found) {
        List<Found> kept = new ArrayList<>();
        for (int c = 0; c < found.size(); c++) {
            Difference candidate = found.get(c).difference();
            boolean said = false;
            for (int o = 0; o < found.size(); o++) {
                Difference other = found.get(o).difference();
                said |= o != c && says(other, candidate) && (o < c || !says(candidate, other));
            }
            if (!said) {
                kept.add(found.get(c));
            }
        }
        return kept;
    }

    /** The same kind, and on each side the narrower's words are among the wider's, whole. */
    private static boolean says(Difference wider, Difference narrower) {
        return wider.kind() == narrower.kind() && within(narrower.copy(), wider.copy())
                && within(narrower.original(), wider.original());
    }

    private static boolean within(String words, String text) {
        return words.isEmpty() || (" " + text + " ").contains(" " + words + " ");
    }

    private static List<Fact> of(Wording wording, DifferenceKind kind) {
        return wording.facts().stream().filter(f -> f.kind() == kind).toList();
    }

    private void compare(List<Fact> copyFacts, List<Fact> originalFacts, List<Found> found) {
        boolean[] copyKept = new boolean[copyFacts.size()];
        boolean[] originalKept = new boolean[originalFacts.size()];
        for (boolean atPairedWords : new boolean[] {true, false}) {
            for (int c = 0; c < copyFacts.size(); c++) {
                for (int o = 0; o < originalFacts.size() && !copyKept[c]; o++) {
                    Fact a = copyFacts.get(c);
                    Fact b = originalFacts.get(o);
                    if (!originalKept[o] && (!atPairedWords || paired(a, b)) && same(a, b) && sameScope(a, b)) {
                        copyKept[c] = true;
                        originalKept[o] = true;
                    }
                }
            }
        }
        List<Fact> added = left(copyFacts, copyKept);
        List<Fact> dropped = left(originalFacts, originalKept);
        pairChanges(added, dropped, found);
        for (Fact fact : added) {
            if (!alone(fact, copyKept, copyFacts, originalFacts)) {
                found.add(new Found(new Difference(fact.kind(), counterparts.shownInCopy(fact),
                        counterparts.inOriginal(fact)), fact.first()));
            }
        }
        for (Fact fact : dropped) {
            if (!alone(fact, originalKept, originalFacts, copyFacts)) {
                found.add(new Found(new Difference(fact.kind(), counterparts.inCopy(fact),
                        counterparts.shownInOriginal(fact)), counterparts.copyWordAt(fact)));
            }
        }
    }

    /** Pairs leftover facts into changes, removing them from the lists. */
    private void pairChanges(List<Fact> added, List<Fact> dropped, List<Found> found) {
        for (int pass = 0; pass < 3; pass++) {
            for (int c = 0; c < added.size(); c++) {
                for (int o = 0; o < dropped.size(); o++) {
                    Fact a = added.get(c);
                    Fact b = dropped.get(o);
                    boolean match = switch (pass) {
                        case 0 -> paired(a, b);
                        case 1 -> alignment.correspond(a.first(), a.last(), b.first(), b.last());
                        default -> added.size() == 1 && dropped.size() == 1;
                    };
                    if (match) {
                        found.add(new Found(new Difference(a.kind(), counterparts.shownInCopy(a),
                                counterparts.shownInOriginal(b)), a.first()));
                        added.remove(c--);
                        dropped.remove(o);
                        break;
                    }
                }
            }
        }
    }

    /**
     * True when a fact added or dropped alone changes nothing: it is {@link Fact#droppable()} (a name's word
     * only while another word of that name stays), or a number, date or name the other sentence also states.
     */
    private static boolean alone(Fact fact, boolean[] kept, List<Fact> facts, List<Fact> others) {
        if (fact.kind() == DifferenceKind.NAME) {
            boolean restOfNameKept = false;
            for (int k = 0; k < facts.size(); k++) {
                Fact f = facts.get(k);
                restOfNameKept |= kept[k] && f.shownFirst() == fact.shownFirst() && f.shownLast() == fact.shownLast();
            }
            if (fact.droppable() && restOfNameKept) {
                return true;
            }
        } else if (fact.droppable()) {
            return true;
        }
        boolean statedElsewhere = others.stream().anyMatch(other -> same(fact, other));
        return statedElsewhere && fact.kind() != DifferenceKind.NEGATION && fact.kind() != DifferenceKind.QUANTIFIER;
    }

    private static List<Fact> left(List<Fact> facts, boolean[] kept) {
        List<Fact> left = new ArrayList<>();
        for (int k = 0; k < facts.size(); k++) {
            if (!kept[k]) {
                left.add(facts.get(k));
            }
        }
        return left;
    }

    /** Some word of the copy's fact is paired with a word of the original's. */
    private boolean paired(Fact copyFact, Fact originalFact) {
        for (int i = copyFact.first(); i <= copyFact.last(); i++) {
            if (originalFact.covers(alignment.copyPartner(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(Fact a, Fact b) {
        return a.kind() == DifferenceKind.NAME ? NameForms.same(a.value(), b.value()) : a.value().equals(b.value());
    }

    /**
     * For negations and quantifiers: both apply to paired words, or neither applies to a paired word (the
     * words they apply to were reworded), or the two are paired and one applies to no word ("often not, and
     * livelihoods" against "often not and livelihoods").
     */
    private boolean sameScope(Fact copyFact, Fact originalFact) {
        if (copyFact.kind() != DifferenceKind.NEGATION && copyFact.kind() != DifferenceKind.QUANTIFIER) {
            return true;
        }
        int copyHead = copyFact.head();
        int originalHead = originalFact.head();
        if (copyHead >= 0 && originalHead >= 0 && alignment.copyPartner(copyHead) == originalHead
                || (copyHead < 0 || originalHead < 0) && paired(copyFact, originalFact)) {
            return true;
        }
        return (copyHead < 0 || alignment.copyPartner(copyHead) < 0)
                && (originalHead < 0 || alignment.originalPartner(originalHead) < 0);
    }
}
