package factcheck.support;

import java.util.LinkedHashMap;
import java.util.Map;

/** Review changes as tests send them: a verdict comes with a rationale, as the workflow requires. */
public final class Reviews {

    /** A rationale for tests about something else than the rationale. */
    public static final String RATIONALE = "Checked against the official figures.";

    private Reviews() {
    }

    /**
     * A claim change giving {@code verdict} with {@link #RATIONALE}, and any further fields given as name, value pairs
     * ({@code verdict("TRUE", "version", 0)}).
     */
    public static Map<String, Object> verdict(String verdict, Object... more) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("verdict", verdict);
        change.put("rationale", RATIONALE);
        for (int i = 0; i + 1 < more.length; i += 2) {
            change.put((String) more[i], more[i + 1]);
        }
        return change;
    }
}
