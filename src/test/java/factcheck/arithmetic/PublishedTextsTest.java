package factcheck.arithmetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Real articles: a flag on them is either a real mismatch, justified here, or a false alarm to fix. */
class PublishedTextsTest {

    private final ArithmeticCheck check = new ArithmeticCheck();

    /**
     * The sample article asserts no arithmetic between its figures: "49 % in Kyrgyzstan, 43 % in
     * Kazakhstan" are shares of two different populations, not a breakdown of one whole; "140 people",
     * "10 million" and the dates stand alone.
     */
    @Test
    void staysQuietOnTheSampleArticle() {
        String article = resource("/demo/central-asia-distancing-from-russia.txt");

        assertEquals(List.of(), check.check(article));
    }

    /**
     * The news corpus (82 published texts in ten genres) states few relations with both ends given, and
     * those it states hold ("fell from 7,574 animals to 2,643" asserts no amount to check).
     */
    @ParameterizedTest
    @MethodSource("corpusTexts")
    void staysQuietOnThePublishedNewsCorpus(Path text) throws IOException {
        assertEquals(List.of(), check.check(Files.readString(text)), text.getFileName().toString());
    }

    static Stream<Path> corpusTexts() throws IOException, URISyntaxException {
        URL root = PublishedTextsTest.class.getResource("/corpus");
        assertNotNull(root, "the news corpus is on the test classpath");
        try (Stream<Path> paths = Files.walk(Path.of(root.toURI()))) {
            List<Path> texts = paths.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            assertEquals(82, texts.size(), "corpus texts");
            return texts.stream();
        }
    }

    private static String resource(String name) {
        try (InputStream in = PublishedTextsTest.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
