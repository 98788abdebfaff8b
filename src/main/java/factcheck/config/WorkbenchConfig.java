package factcheck.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The workbench's own settings, {@code factcheck.*}: application.properties gives each its default, the environment
 * ({@code FACTCHECK_*}) overrides it; the README's configuration section explains them.
 */
@ConfigMapping(prefix = "factcheck")
public interface WorkbenchConfig {

    /** Signs browser sessions and their CSRF tokens; without one, a random key lasts until the next start. */
    Optional<String> sessionKey();

    /**
     * Where the embedded PostgreSQL keeps its data. Read by {@code database.EmbeddedDatabaseConfigSource} while the
     * configuration is still being built, before this mapping exists; declared here so the setting is known.
     */
    Optional<String> dataDir();

    /** Gives an empty database the sample article and demo accounts. */
    boolean demoData();

    Admin admin();

    Login login();

    @WithName("import")
    Import importing();

    Review review();

    Extraction extraction();

    Http http();

    Report report();

    Organization organization();

    ClaimReview claimreview();

    /** The account created on a database without accounts. */
    interface Admin {

        String user();

        /** Generated and logged once when not given. */
        Optional<String> password();
    }

    interface Login {

        /** Wrong passwords for one account from one address before that pair is locked out. */
        int maxFailures();

        Duration lockout();
    }

    interface Import {

        /** The largest article text, in UTF-8 bytes. */
        long maxBytes();
    }

    interface Review {

        /** Whether a verdict needs a rationale before it is saved. */
        boolean rationaleRequired();
    }

    interface Extraction {

        /** The check-worthiness score from which a sentence is proposed; the trained model's own when not given. */
        Optional<Double> threshold();
    }

    interface Http {

        /** How long a request body may take to arrive once it starts. */
        Duration bodyTimeout();
    }

    interface Report {

        int pdfMaxClaims();

        Duration pdfTimeLimit();
    }

    /** The publisher named in ClaimReview markup and reports. */
    interface Organization {

        String name();

        String url();

        /** Where the organisation works: reports show their times in it and read their dates as its days. */
        ZoneId timeZone();
    }

    interface ClaimReview {

        /** Where each published fact-check lives: {organizationUrl}, {articleId} and {claimId} are filled in. */
        String urlPattern();
    }
}
