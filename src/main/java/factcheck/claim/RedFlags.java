package factcheck.claim;

import factcheck.arithmetic.ArithmeticCheck;
import factcheck.arithmetic.ArithmeticFlag;
import factcheck.article.Article;
import factcheck.comparison.Difference;
import factcheck.comparison.PairStatus;
import factcheck.comparison.SentencePair;
import factcheck.original.ArticleOriginal;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Raises the red flags the workbench finds in an article by itself on the claims they concern: arithmetic its text
 * asserts and its figures do not bear out, and facts it states differently from its original. Raised again
 * whenever a claim's span, the text or the original changes, since a flag belongs to whichever claim covers the
 * words it is about.
 */
@ApplicationScoped
public class RedFlags {

    private final ArithmeticCheck arithmetic = new ArithmeticCheck();

    /** Gives each of {@code claims} (all of {@code article}) the flags within its span. */
    public void raise(Article article, Collection<? extends Claim> claims) {
        List<ArithmeticFlag> sums = arithmetic.check(article.text);
        List<SentencePair> altered = ArticleOriginal.<ArticleOriginal>findByIdOptional(article.id)
                .map(original -> original.pairs.stream().filter(pair -> pair.status() == PairStatus.ALTERED).toList())
                .orElse(List.of());
        for (Claim claim : claims) {
            List<ClaimFlag> flags = new ArrayList<>();
            for (ArithmeticFlag sum : sums) {
                if (claim.overlaps(sum.start(), sum.end())) {
                    flags.add(new ClaimFlag(FlagKind.ARITHMETIC, sum.message(), null));
                }
            }
            for (SentencePair pair : altered) {
                if (claim.overlaps(pair.start(), pair.end())) {
                    flags.add(new ClaimFlag(FlagKind.ALTERED, describe(pair.differences()), pair.originalSentence()));
                }
            }
            claim.flags = flags;
        }
    }

    /** "“Soviet” where the original says “Russian”; …" */
    private static String describe(List<Difference> differences) {
        return differences.stream().map(RedFlags::describe).collect(Collectors.joining("; "));
    }

    private static String describe(Difference difference) {
        if (difference.copy().isEmpty()) {
            return "leaves out “" + difference.original() + "”";
        }
        if (difference.original().isEmpty()) {
            return "adds “" + difference.copy() + "”";
        }
        return "“" + difference.copy() + "” where the original says “" + difference.original() + "”";
    }
}
