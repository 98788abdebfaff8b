package factcheck.extraction;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The all-MiniLM-L6-v2 sentence encoder (quantized, 384 dimensions), run in-process on ONNX
 * Runtime from the model inside its Maven artifact. It is loaded once per process, on first use.
 *
 * <p>Recently encoded sentences are remembered (up to {@value #REMEMBERED}, some 50 MB): editing a
 * claim's boundaries scores its article again, and its sentences have not changed. A sentence is
 * encoded from its first {@value #MAX_CHARS} characters, a cap on the cost of a pathological
 * megabyte-long "sentence"; news sentences are far shorter. Callers must not change the vectors
 * they get, which are shared with the memory.
 */
public final class MiniLmEncoder implements SentenceEncoder {

    static final int MAX_CHARS = 1_000;
    private static final int DIMENSIONS = 384;
    private static final int REMEMBERED = 20_000;

    private static final class Holder {
        static final MiniLmEncoder INSTANCE = new MiniLmEncoder(new AllMiniLmL6V2QuantizedEmbeddingModel());
    }

    private final EmbeddingModel model;
    private final Map<String, float[]> remembered = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > REMEMBERED;
        }
    };

    private MiniLmEncoder(EmbeddingModel model) {
        this.model = model;
    }

    /** The process's one encoder; the first call loads the model (about a second). */
    public static MiniLmEncoder shared() {
        return Holder.INSTANCE;
    }

    /**
     * The process's one encoder, or null when its native runtime cannot load on this machine: callers then do
     * without embeddings, and the log says why.
     */
    public static MiniLmEncoder sharedIfLoadable() {
        try {
            return shared();
        } catch (RuntimeException | LinkageError e) {
            System.getLogger(MiniLmEncoder.class.getName()).log(System.Logger.Level.ERROR,
                    "The sentence encoder could not be loaded; the workbench works without sentence embeddings", e);
            return null;
        }
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    @Override
    public float[][] encode(List<String> sentences) {
        float[][] vectors = new float[sentences.size()][];
        List<Integer> missing = new ArrayList<>();
        List<TextSegment> segments = new ArrayList<>();
        synchronized (remembered) {
            for (int i = 0; i < vectors.length; i++) {
                String text = clip(sentences.get(i));
                vectors[i] = text.isBlank() ? new float[DIMENSIONS] : remembered.get(text);
                if (vectors[i] == null) {
                    missing.add(i);
                    segments.add(TextSegment.from(text));
                }
            }
        }
        if (segments.isEmpty()) {
            return vectors;
        }
        List<Embedding> embeddings = model.embedAll(segments).content();
        synchronized (remembered) {
            for (int k = 0; k < missing.size(); k++) {
                float[] vector = unit(embeddings.get(k).vector());
                vectors[missing.get(k)] = vector;
                remembered.put(segments.get(k).text(), vector);
            }
        }
        return vectors;
    }

    private static float[] unit(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = vector[i] * scale;
        }
        return unit;
    }

    /** The first {@value #MAX_CHARS} characters; blank text, which the model refuses, gets a zero vector. */
    private static String clip(String sentence) {
        return sentence.length() > MAX_CHARS ? sentence.substring(0, MAX_CHARS) : sentence;
    }
}
