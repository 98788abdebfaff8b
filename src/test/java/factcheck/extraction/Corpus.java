package factcheck.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every gold file the extractor is trained and measured on: the workbench's own files and the
 * openly licensed news corpus, each with its genre. The genres in {@link #HELD_OUT_GENRES} are
 * never trained or tuned on: they measure the detector on kinds of news it has not seen.
 */
final class Corpus {

    static final Set<String> HELD_OUT_GENRES = Set.of("sport", "justice", "education");

    private Corpus() {
    }

    /** All gold files: the workbench's own first (the sample article leading), then the corpus by genre and name. */
    static List<GoldFile> all() {
        List<GoldFile> files = new ArrayList<>();
        GoldFile.OWN.forEach(name -> files.add(GoldFile.load(name)));
        for (String path : corpusFiles()) {
            files.add(GoldFile.loadResource(path));
        }
        return files;
    }

    static List<GoldFile> training() {
        return all().stream().filter(f -> !HELD_OUT_GENRES.contains(f.genre())).toList();
    }

    static List<GoldFile> heldOut() {
        return all().stream().filter(f -> HELD_OUT_GENRES.contains(f.genre())).toList();
    }

    private static List<String> corpusFiles() {
        URL root = Corpus.class.getResource("/corpus");
        if (root == null) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(Path.of(root.toURI()))) {
            Path base = Path.of(root.toURI());
            return paths.filter(p -> p.toString().endsWith(".json"))
                    .map(p -> "/corpus/" + base.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
