package factcheck.extraction;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One named feature of a sentence and how much it moved the check-worthiness score, shown to
 * reviewers as, for example, "states a number: 140 people (+0.35)" or "opinion marker: must (-0.35)".
 */
record Signal(String reason, double weight) {

    String describe() {
        String magnitude = BigDecimal.valueOf(Math.abs(weight)).setScale(2, RoundingMode.HALF_UP).toPlainString();
        return reason + " (" + (weight < 0 ? "-" : "+") + magnitude + ")";
    }
}
