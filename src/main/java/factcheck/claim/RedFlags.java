package factcheck.claim;

import factcheck.arithmetic.ArithmeticCheck;
import factcheck.arithmetic.ArithmeticFlag;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Raises the red flags the workbench finds in an article by itself on the claims they concern: arithmetic its text
 * asserts and its figures do not bear out. Raised again whenever a claim's span or the text changes, since a flag
 * belongs to whichever claim covers the words it is about.
 */
@ApplicationScoped
public class RedFlags {

    private final ArithmeticCheck arithmetic = new ArithmeticCheck();

    /** Gives each of {@code claims} (all of one article, whose text is {@code text}) the flags within its span. */
    void raise(String text, Collection<Claim> claims) {
        List<ArithmeticFlag> found = arithmetic.check(text);
        for (Claim claim : claims) {
            List<ClaimFlag> flags = new ArrayList<>();
            for (ArithmeticFlag flag : found) {
                if (flag.start() < claim.end && claim.start < flag.end()) {
                    flags.add(new ClaimFlag(FlagKind.ARITHMETIC, flag.message(), null));
                }
            }
            claim.flags = flags;
        }
    }
}
