package factcheck.comparison;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The texts of the news corpus ({@code src/test/resources/corpus/}), each with its licence. */
record NewsTexts(String name, String text, String licence) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A licence without "no derivatives" allows republishing the text changed, in another house style. */
    boolean mayBeAdapted() {
        return !licence.contains("ND");
    }

    static List<NewsTexts> all() {
        try {
            Path root = Path.of(NewsTexts.class.getResource("/corpus").toURI());
            try (Stream<Path> paths = Files.walk(root)) {
                return paths.filter(p -> p.toString().endsWith(".json")).sorted().map(NewsTexts::read).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static NewsTexts read(Path json) {
        try {
            JsonNode root = JSON.readTree(json.toFile());
            String text = Files.readString(json.resolveSibling(root.path("article").asText()));
            return new NewsTexts(root.path("article").asText(), text, root.path("licence").asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
