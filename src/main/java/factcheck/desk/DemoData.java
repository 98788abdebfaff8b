package factcheck.desk;

import factcheck.article.Article;
import factcheck.article.ArticleDraft;
import factcheck.config.WorkbenchConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Gives an empty database the sample article, so a first start shows claims to review (dev mode only by default). */
@ApplicationScoped
public class DemoData {

    public static final String SAMPLE = "/demo/central-asia-distancing-from-russia.txt";
    private static final Logger LOG = Logger.getLogger(DemoData.class);

    private final ArticleDesk desk;
    private final boolean enabled;

    DemoData(ArticleDesk desk, WorkbenchConfig config) {
        this.desk = desk;
        this.enabled = config.demoData();
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled && Article.count() == 0) {
            Article article = desk.importArticle(
                    new ArticleDraft(sampleText(), null, null, "Asia Times", "Anastassiya Mahon", null));
            LOG.infof("Imported the sample article as article %d", article.id);
        }
    }

    private static String sampleText() {
        try (InputStream in = DemoData.class.getResourceAsStream(SAMPLE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The sample article is missing from the application", e);
        }
    }
}
