package factcheck.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimModelTest {

    private static final ClaimModel MODEL = ClaimModel.standard();

    private static double[] strengths(SignalKind kind, double strength) {
        double[] strengths = new double[SignalKind.ALL.length];
        strengths[kind.ordinal()] = strength;
        return strengths;
    }

    @Test
    void aFigureRaisesTheScoreAndAnOpinionOrAHeadingLowersIt() {
        double nothing = MODEL.judge(new double[SignalKind.ALL.length], null).probability();
        assertTrue(MODEL.judge(strengths(SignalKind.COUNT, 0.35), null).probability() > nothing);
        assertTrue(MODEL.judge(strengths(SignalKind.OPINION, -0.35), null).probability() < nothing);
        assertTrue(MODEL.judge(strengths(SignalKind.HEADING, -0.6), null).probability() < nothing);
    }

    @Test
    void showsEachSignalWithTheSignOfWhatItDoesToTheScore() {
        ClaimModel.Judgement judgement = MODEL.judge(strengths(SignalKind.DATE, 0.3), null);
        assertTrue(judgement.shownByKind()[SignalKind.DATE.ordinal()] > 0);
        assertEquals(0, judgement.shownByKind()[SignalKind.COUNT.ordinal()]);
        ClaimModel.Judgement hedged = MODEL.judge(strengths(SignalKind.HEDGE, -0.3), null);
        assertTrue(hedged.shownByKind()[SignalKind.HEDGE.ordinal()] < 0);
    }

    @Test
    void namesWhatTheEmbeddingAddsAfterTheNearestSortOfSentence() {
        float[] embedding = MiniLmEncoder.shared()
                .encode(List.of("The study found that teenagers who sleep less report more anxiety."))[0];
        Reason learned = MODEL.judge(new double[SignalKind.ALL.length], embedding).learned();
        assertNotNull(learned);
        assertTrue(learned.text().startsWith("reads like "), learned.text());
        assertTrue(learned.weight() > 0, learned.text());
    }

    @Test
    void readsBackWhatItWrites() throws IOException {
        StringWriter written = new StringWriter();
        MODEL.write(written, "a test\nof two lines");
        ClaimModel read = ClaimModel.read(new StringReader(written.toString()));
        float[] embedding = MiniLmEncoder.shared().encode(List.of("Unemployment fell to 4.1% in May."))[0];
        double[] strengths = strengths(SignalKind.PERCENTAGE, 0.4);
        assertEquals(MODEL.threshold(), read.threshold());
        assertEquals(MODEL.judge(strengths, embedding).probability(), read.judge(strengths, embedding).probability(),
                1e-4);
        assertEquals(MODEL.judge(strengths, null).probability(), read.judge(strengths, null).probability(), 1e-4);
    }
}
