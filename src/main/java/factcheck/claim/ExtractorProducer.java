package factcheck.claim;

import factcheck.extraction.ClaimExtractor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Makes the framework-free extractor injectable, with its threshold from configuration. */
@ApplicationScoped
class ExtractorProducer {

    // Singleton, not application-scoped: the extractor is a final class and needs no client proxy.
    @Produces
    @Singleton
    ClaimExtractor claimExtractor(@ConfigProperty(name = "factcheck.extraction.threshold") double threshold) {
        return new ClaimExtractor(threshold);
    }
}
