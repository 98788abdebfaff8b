package factcheck.comparison;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A copy, its original and the facts the copy changed, annotated by hand (see
 * {@code src/test/resources/originals/README.md}).
 *
 * @param copy           the copy's text
 * @param original       the original's text
 * @param altered        every changed fact
 * @param reworded       copy sentences that keep every fact of their original sentence
 * @param beyondOriginal the offset in the copy from which no sentence has a counterpart in the original
 */
record AlteredGold(String copy, String original, List<AlteredFact> altered, List<GoldSentence> reworded,
                   int beyondOriginal) {

    /** A changed fact: the copy sentence's start, a readable beginning of it, the kind and both sides' words. */
    record AlteredFact(int start, String sentence, DifferenceKind kind, String copy, String original) {
    }

    record GoldSentence(int start, String sentence) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    static AlteredGold load(String path) {
        try {
            JsonNode root = JSON.readTree(resource(path));
            List<AlteredFact> altered = new ArrayList<>();
            for (JsonNode fact : root.path("altered")) {
                altered.add(new AlteredFact(fact.path("start").asInt(), fact.path("sentence").asText(),
                        DifferenceKind.valueOf(fact.path("kind").asText()), fact.path("copy").asText(),
                        fact.path("original").asText()));
            }
            List<GoldSentence> reworded = new ArrayList<>();
            for (JsonNode sentence : root.path("reworded")) {
                reworded.add(new GoldSentence(sentence.path("start").asInt(), sentence.path("sentence").asText()));
            }
            return new AlteredGold(resource("/" + root.path("copy").asText()),
                    resource("/" + root.path("original").asText()), altered, reworded,
                    root.path("beyondOriginal").asInt());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String resource(String path) {
        try (InputStream in = AlteredGold.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
