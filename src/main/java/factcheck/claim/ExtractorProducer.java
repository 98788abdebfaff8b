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

/**
 * Makes the framework-free extractor injectable, with its threshold from configuration or, when
 * none is configured, the one calibrated with the model. Without the sentence encoder (its native runtime may not
 * load) claims are still found, by the readable signals alone.
 */
@ApplicationScoped
class ExtractorProducer {

    // Singleton, not application-scoped: the extractor is a final class and needs no client proxy.
    @Produces
    @Singleton
    ClaimExtractor claimExtractor(WorkbenchConfig config) {
        SentenceEncoder encoder = MiniLmEncoder.sharedIfLoadable();
        return config.extraction().threshold().map(t -> new ClaimExtractor(t, encoder)).orElseGet(() -> new ClaimExtractor(encoder));
    }

    /** Loads the sentence encoder as the application starts, so that the first import does not wait for it. */
    void loadEncoder(@Observes StartupEvent start, ClaimExtractor extractor) {
        extractor.extract("The workbench loads its sentence encoder when it starts.");
    }
}
