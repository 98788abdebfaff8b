package factcheck.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimKindClassifierTest {

    private final ClaimKindClassifier classifier = new ClaimKindClassifier();

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Unemployment rose to 5.2 percent in March.                          | STATISTIC
            The ministry spent $4 billion on new roads last year.                | STATISTIC
            An estimated 10 million migrants live in Russia.                     | STATISTIC
            "We will rebuild the bridge," the mayor said on Tuesday.             | QUOTE
            According to the ministry, the border crossing was closed.          | ATTRIBUTION
            The new vaccine protects older patients better than the old one.    | COMPARISON
            The drought led to a sharp fall in wheat yields.                     | CAUSAL
            The company will open a second plant next year.                      | PREDICTION
            Police arrested 12 people at the protest in Almaty.                  | EVENT
            The river is long and beautiful.                                     | OTHER
            """)
    void picksTheKindThatTellsWhatEvidenceToLookFor(String sentence, ClaimKind kind) {
        assertEquals(kind, classifier.classify(AnalyzedSentence.of(sentence)));
    }
}
