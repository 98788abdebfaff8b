package factcheck.claim;

import factcheck.config.WorkbenchConfig;
import factcheck.extraction.ClaimExtractor;
import factcheck.extraction.MiniLmEncoder;
import factcheck.extraction.SentenceEncoder;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/**
 * Makes the framework-free extractor injectable, with its threshold from configuration or, when
 * none is configured, the one calibrated with the model.
 */
@ApplicationScoped
class ExtractorProducer {

    private static final Logger LOG = Logger.getLogger(ExtractorProducer.class);

    // Singleton, not application-scoped: the extractor is a final class and needs no client proxy.
    @Produces
    @Singleton
    ClaimExtractor claimExtractor(WorkbenchConfig config) {
        SentenceEncoder encoder = encoder();
        return config.extraction().threshold().map(t -> new ClaimExtractor(t, encoder)).orElseGet(() -> new ClaimExtractor(encoder));
    }

    /** Loads the sentence encoder as the application starts, so that the first import does not wait for it. */
    void loadEncoder(@Observes StartupEvent start, ClaimExtractor extractor) {
        extractor.extract("The workbench loads its sentence encoder when it starts.");
    }

    /**
     * The sentence encoder, or none when its native runtime cannot load on this machine: then claims
     * are still found, by the readable signals alone, and the log says why.
     */
    private static SentenceEncoder encoder() {
        try {
            return MiniLmEncoder.shared();
        } catch (RuntimeException | LinkageError e) {
            LOG.error("The sentence encoder could not be loaded; claims are scored by their readable signals alone", e);
            return null;
        }
    }
}
