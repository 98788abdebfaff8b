package factcheck.extraction;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The MiniLM encoder with its vectors kept on disk between runs (in the build folder), so that
 * measuring and training the model does not encode ten thousand sentences again each time.
 */
final class CachedEncoder implements SentenceEncoder {

    private final Path file;
    private final Map<String, float[]> vectors = new HashMap<>();
    private final SentenceEncoder encoder = MiniLmEncoder.shared();
    private boolean changed;

    CachedEncoder(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
                int count = in.readInt();
                for (int i = 0; i < count; i++) {
                    String text = in.readUTF();
                    float[] vector = new float[in.readInt()];
                    for (int d = 0; d < vector.length; d++) {
                        vector[d] = in.readFloat();
                    }
                    vectors.put(text, vector);
                }
            } catch (IOException e) {
                vectors.clear();
            }
        }
    }

    /** The cache in {@code target/}, the build folder of the working directory. */
    static CachedEncoder inBuildFolder() {
        return new CachedEncoder(Path.of("target", "sentence-embeddings.bin"));
    }

    @Override
    public int dimensions() {
        return encoder.dimensions();
    }

    @Override
    public synchronized float[][] encode(List<String> sentences) {
        List<String> missing = new ArrayList<>();
        for (String s : sentences) {
            if (!vectors.containsKey(key(s)) && !missing.contains(key(s))) {
                missing.add(key(s));
            }
        }
        if (!missing.isEmpty()) {
            float[][] fresh = encoder.encode(missing);
            for (int i = 0; i < fresh.length; i++) {
                vectors.put(missing.get(i), fresh[i]);
            }
            changed = true;
        }
        float[][] result = new float[sentences.size()][];
        for (int i = 0; i < result.length; i++) {
            result[i] = vectors.get(key(sentences.get(i)));
        }
        return result;
    }

    /** What the encoder reads of a sentence; writeUTF also stops at 64 kB. */
    private static String key(String sentence) {
        String clipped = sentence.length() > MiniLmEncoder.MAX_CHARS ? sentence.substring(0, MiniLmEncoder.MAX_CHARS)
                : sentence;
        return clipped.isBlank() ? " " : clipped;
    }

    /** Writes the vectors encoded since the cache was read, if any. */
    synchronized void save() {
        if (!changed) {
            return;
        }
        changed = false;
        try {
            Files.createDirectories(file.getParent());
            try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
                out.writeInt(vectors.size());
                for (Map.Entry<String, float[]> e : vectors.entrySet()) {
                    out.writeUTF(e.getKey());
                    out.writeInt(e.getValue().length);
                    for (float v : e.getValue()) {
                        out.writeFloat(v);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
