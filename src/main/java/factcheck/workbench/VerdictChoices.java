package factcheck.workbench;

import factcheck.claim.Verdict;
import io.quarkus.qute.TemplateGlobal;

import java.util.List;

/** The verdicts in the order pages offer them (and their keys 1 to 7 on the article page number them). */
final class VerdictChoices {

    private VerdictChoices() {
    }

    @TemplateGlobal
    public static List<Verdict> verdicts() {
        return List.of(Verdict.values());
    }
}
