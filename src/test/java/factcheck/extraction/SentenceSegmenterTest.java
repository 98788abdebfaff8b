package factcheck.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SentenceSegmenterTest {

    private final SentenceSegmenter segmenter = new SentenceSegmenter();

    private List<String> sentences(String text) {
        List<Sentence> spans = segmenter.segment(text);
        for (Sentence s : spans) {
            String piece = text.substring(s.start(), s.end());
            assertEquals(piece.strip(), piece, "offsets must be trimmed");
        }
        return spans.stream().map(s -> s.textIn(text)).collect(Collectors.toList());
    }

    @Test
    void splitsAtSentenceEndingPunctuation() {
        assertEquals(List.of("It rained. ", "Did it flood? ", "Yes!").stream().map(String::strip).toList(),
                sentences("It rained. Did it flood? Yes!"));
    }

    @Test
    void doesNotSplitAtAbbreviations() {
        String text = "Mr. Jones met Dr. Brown, Mrs. Ito and Prof. Lee in St. Louis on Jan. 5 and Dec. 9 with "
                + "Gen. Patton, Sen. Warren, Rep. Cole and Gov. Newsom, e.g. Paris or i.e. Rome, while U.S. President "
                + "Biden met U.K. Ministers at Acme Inc. Headquarters and Smith Co. Chairman Lee, Ltd. Partners, "
                + "in Smith vs. Jones No. 5 at 9 a.m. Monday, etc. Nothing else.";
        assertEquals(List.of(text), sentences(text));
    }

    @Test
    void splitsAfterInitialismWhenNextWordOpensSentence() {
        assertEquals(List.of("He moved to the U.S.", "The move was costly."),
                sentences("He moved to the U.S. The move was costly."));
    }

    @Test
    void doesNotSplitDecimalsOrThousandsSeparators() {
        String text = "Growth was 3.5 percent, or 1,250,000.75 dollars in total.";
        assertEquals(List.of(text), sentences(text));
    }

    @Test
    void doesNotSplitAtInitials() {
        String text = "J. K. Rowling met George W. Bush in 2001.";
        assertEquals(List.of(text, "He left."), sentences(text + " He left."));
    }

    @Test
    void keepsQuotedSentenceWithItsAttribution() {
        assertEquals(List.of("'We will win,' he said.", "“We will win!” she said.", "“Never.”",
                        "The crowd cheered."),
                sentences("'We will win,' he said. “We will win!” she said. “Never.” The crowd cheered."));
    }

    @Test
    void treatsLinesWithoutFinalPunctuationAsHeadings() {
        String text = "Title Of The Story\nBy A. Writer\nThe first sentence. The second one.\n\n"
                + "Subheading\nMore text here.";
        assertEquals(List.of("Title Of The Story", "By A. Writer", "The first sentence.", "The second one.",
                "Subheading", "More text here."), sentences(text));
    }

    @Test
    void joinsHardWrappedLinesOfOneSentence() {
        String text = "The committee approved the\nbudget on Tuesday, and\nMinister Smith signed it.";
        assertEquals(List.of("The committee approved the\nbudget on Tuesday, and\nMinister Smith signed it."),
                sentences(text));
    }

    @Test
    void splitsParagraphsOnBlankLines() {
        assertEquals(List.of("First paragraph", "Second paragraph."),
                sentences("First paragraph\n\n   \nSecond paragraph."));
    }

    @Test
    void handlesWindowsLineEndingsWithExactOffsets() {
        String text = "Heading\r\n\r\nOne sentence here. Another one.\r\nLast line.\r\n";
        List<Sentence> spans = segmenter.segment(text);
        assertEquals(List.of("Heading", "One sentence here.", "Another one.", "Last line."),
                spans.stream().map(s -> s.textIn(text)).toList());
        assertEquals(text.indexOf("One"), spans.get(1).start());
        assertEquals(text.indexOf("here.") + 5, spans.get(1).end());
        spans.forEach(s -> assertTrue(!s.textIn(text).contains("\r")));
    }

    @Test
    void offsetsPointIntoOriginalText() {
        String text = "  Leading spaces. Then (a bracket.) And \"quotes.\" Done.  ";
        List<Sentence> spans = segmenter.segment(text);
        assertEquals(4, spans.size());
        assertEquals("Leading spaces.", text.substring(spans.get(0).start(), spans.get(0).end()));
        assertEquals("Then (a bracket.)", spans.get(1).textIn(text));
        assertEquals("And \"quotes.\"", spans.get(2).textIn(text));
        assertEquals(text.length() - 2, spans.get(3).end());
    }

    @Test
    void splitsChineseSentencesWithoutSpaces() {
        assertEquals(List.of("今天下雨。", "明天晴天！"), sentences("今天下雨。明天晴天！"));
    }

    @Test
    void returnsNothingForTextWithoutWords() {
        assertEquals(List.of(), segmenter.segment(""));
        assertEquals(List.of(), segmenter.segment(" \n\r\n\t "));
        assertEquals(List.of(), segmenter.segment("... --- !!! \n\n ***"));
    }

    @Test
    void makesEachBulletItsOwnSegmentWithoutItsMarker() {
        String text = "Key figures from the report:\n- Health care added 64,000 jobs\n* Retail shed 5,000\n"
                + "• Prices rose 3.5 %\n1. First item.\n2) Second item\nwrapped onto a new line.";
        assertEquals(List.of("Key figures from the report:", "Health care added 64,000 jobs", "Retail shed 5,000",
                "Prices rose 3.5 %", "First item.", "Second item\nwrapped onto a new line."), sentences(text));
    }

    @Test
    void keepsYearsAndDashesThatAreNotListMarkers() {
        assertEquals(List.of("2024.", "It was a record year."), sentences("2024. It was a record year."));
        assertEquals(List.of("-5 degrees was the low."), sentences("-5 degrees was the low."));
    }

    @Test
    void keepsMonthAbbreviationsAndPercentSignsInsideSentences() {
        String text = "Prices rose 49 % in Jan. and 3.5% in Feb. last year. Kassym- Jomart Tokayev said so.";
        assertEquals(List.of("Prices rose 49 % in Jan. and 3.5% in Feb. last year.", "Kassym- Jomart Tokayev said so."),
                sentences(text));
    }

    @Test
    void splitsParagraphsAtBlankLinesWithEverySentenceInsideOne() {
        String text = "  Heading\n\nFirst sentence. Second one.\nStill the same paragraph.\n\n\n- a bullet\n";
        List<Paragraph> paragraphs = segmenter.paragraphs(text);
        assertEquals(List.of("Heading", "First sentence. Second one.\nStill the same paragraph.", "- a bullet"),
                paragraphs.stream().map(p -> p.textIn(text)).toList());
        for (Sentence sentence : segmenter.segment(text)) {
            assertEquals(1, paragraphs.stream().filter(p -> p.contains(sentence)).count(), sentence.textIn(text));
        }
    }
}
