package factcheck.extraction;

import java.util.List;

/** Turns sentences into vectors whose directions carry their meaning (a sentence embedding). */
public interface SentenceEncoder {

    /** One unit-length vector per sentence, in order; every vector has {@link #dimensions()} entries. */
    float[][] encode(List<String> sentences);

    int dimensions();
}
