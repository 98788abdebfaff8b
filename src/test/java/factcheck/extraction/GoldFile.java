package factcheck.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-labelled article: the article text and its required, optional and negative sentences,
 * with the genre it belongs to. Gold files live in {@code src/test/resources/gold/} (the
 * workbench's own, written for it) and {@code src/test/resources/corpus/<genre>/} (openly
 * licensed news, see its README). The article is looked up by the file name in the gold file's
 * "article" field, first beside the gold file, then among the demo articles shipped with the app.
 */
record GoldFile(String name, String genre, String article, List<GoldSentence> required, List<GoldSentence> optional,
                List<GoldSentence> negatives) {

    /** The workbench's own gold files in {@code gold/}, the product's sample article first. */
    static final List<String> OWN = List.of("central-asia-gold.json", "labour-market-report-gold.json",
            "senate-aid-vote-gold.json", "walking-dementia-study-gold.json", "storm-power-cuts-gold.json");

    record GoldQuantity(String text, String value, String unit, String upperValue) {
    }

    record GoldSentence(String sentence, String kind, List<GoldQuantity> quantities, String why) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One of the workbench's own gold files, by file name. */
    static GoldFile load(String fileName) {
        return loadResource("/gold/" + fileName);
    }

    /** A gold file by its path among the test resources, e.g. {@code /corpus/science/x.json}. */
    static GoldFile loadResource(String path) {
        try {
            JsonNode root = JSON.readTree(resource(path));
            String folder = path.substring(0, path.lastIndexOf('/') + 1);
            String articlePath = root.path("article").asText();
            String articleName = articlePath.substring(articlePath.lastIndexOf('/') + 1);
            String article = GoldFile.class.getResource(folder + articleName) != null
                    ? resource(folder + articleName) : resource("/demo/" + articleName);
            String fileName = path.substring(path.lastIndexOf('/') + 1);
            return new GoldFile(fileName.replace("-gold.json", "").replace(".json", ""),
                    root.path("genre").asText(), article, sentences(root.path("required")),
                    sentences(root.path("optional")), sentences(root.path("negatives")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every labelled sentence, whatever its label. */
    List<GoldSentence> all() {
        List<GoldSentence> all = new ArrayList<>(required);
        all.addAll(optional);
        all.addAll(negatives);
        return all;
    }

    static String resource(String path) {
        try (InputStream in = GoldFile.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<GoldSentence> sentences(JsonNode array) {
        List<GoldSentence> result = new ArrayList<>();
        for (JsonNode node : array) {
            List<GoldQuantity> quantities = new ArrayList<>();
            for (JsonNode q : node.path("quantities")) {
                JsonNode value = q.path("value");
                // A range may be written as a two-element list, as the annotation guidelines allow.
                quantities.add(value.isArray()
                        ? new GoldQuantity(text(q, "text"), value.get(0).asText(), text(q, "unit"),
                                value.get(1).asText())
                        : new GoldQuantity(text(q, "text"), text(q, "value"), text(q, "unit"), text(q, "upperValue")));
            }
            result.add(new GoldSentence(node.path("sentence").asText(), text(node, "kind"), quantities,
                    text(node, "why")));
        }
        return result;
    }

    /** Numbers and strings alike as text, JSON null or a missing field as null. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
