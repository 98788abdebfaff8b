package factcheck.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * The benchmark input: real article texts repeated until the text reaches {@link #MIN_BYTES}
 * bytes of UTF-8, so that operations per second on it read directly as (slightly more than) MB/s.
 *
 * <p>The articles are the demo article from the main resources plus every {@code gold/*.txt}
 * test resource, in name order, separated by blank lines so that no paragraph runs into the
 * next article. Repeating whole articles keeps sentence and paragraph statistics realistic.
 */
final class BenchmarkText {

    static final int MIN_BYTES = 1_000_000;

    private static final String DEMO_ARTICLE = "demo/central-asia-distancing-from-russia.txt";
    private static final String GOLD_FOLDER = "gold";
    private static final String SEPARATOR = "\n\n";

    private BenchmarkText() {
    }

    /** The baseline: walks every sentence boundary of {@code text}, no objects per sentence. */
    static int countSentences(BreakIterator sentences, String text) {
        sentences.setText(text);
        int count = 0;
        while (sentences.next() != BreakIterator.DONE) {
            count++;
        }
        return count;
    }

    static String build() {
        List<String> articles = articles();
        StringBuilder text = new StringBuilder(MIN_BYTES + 64 * 1024);
        int bytes = 0;
        while (bytes < MIN_BYTES) {
            for (String article : articles) {
                text.append(article).append(SEPARATOR);
                bytes += utf8Length(article) + SEPARATOR.length();
            }
        }
        return text.toString();
    }

    /** The start of the benchmark text, cut at the first paragraph end after {@code words} words. */
    static String firstWords(int words) {
        String text = build();
        int counted = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                counted++;
            }
            inWord = !space;
            if (counted >= words && text.startsWith(SEPARATOR, i)) {
                return text.substring(0, i);
            }
        }
        return text;
    }

    static List<String> articleNames() {
        List<String> names = new ArrayList<>();
        names.add(DEMO_ARTICLE);
        names.addAll(goldArticles());
        return names;
    }

    static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static List<String> articles() {
        List<String> texts = new ArrayList<>();
        for (String name : articleNames()) {
            texts.add(read(name).strip());
        }
        return texts;
    }

    /** Gold articles are optional: the folder only exists once annotated articles are added. */
    private static List<String> goldArticles() {
        URL folder = BenchmarkText.class.getClassLoader().getResource(GOLD_FOLDER);
        if (folder == null || !"file".equals(folder.getProtocol())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            List<String> names = new ArrayList<>(files
                    .map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".txt"))
                    .map(name -> GOLD_FOLDER + "/" + name)
                    .toList());
            Collections.sort(names);
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("unreadable resource folder " + folder, e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = BenchmarkText.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing benchmark article " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
