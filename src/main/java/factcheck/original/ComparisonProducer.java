package factcheck.original;

import factcheck.comparison.TextComparison;
import factcheck.extraction.MiniLmEncoder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes the framework-free comparison injectable, aligning sentences by meaning when the encoder loads. */
@ApplicationScoped
class ComparisonProducer {

    @Produces
    @Singleton
    TextComparison textComparison() {
        return new TextComparison(MiniLmEncoder.sharedIfLoadable());
    }
}
