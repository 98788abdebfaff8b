package factcheck.report;

import factcheck.claim.AnchorState;
import factcheck.claim.ClaimStatus;
import factcheck.extraction.ClaimKind;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

class MarkdownTextTest {

    private static final Parser PARSER = Parser.builder().build();

    @ParameterizedTest
    @ValueSource(strings = {"*50%* of [people]", "# not a heading", "- not a list", "+ not a list",
            "1. not a list", "2024) not a list", "> not a quote", "`not code`", "<b>not html</b>", "a_b _c_ __d__",
            "~~not struck~~", "&copy; stays an entity name", "back\\slash", "| a | b |", "===", "---",
            "[link](https://evil.example)", "![image](https://evil.example/x.png)", "10 million, 49 % and 3.5"})
    void inlineTextRendersExactlyAsTyped(String text) {
        Node document = PARSER.parse(MarkdownText.inline(text));

        assertEquals(text, TextContentRenderer.builder().build().render(document));
        assertThat(HtmlRenderer.builder().build().render(document), not(containsString("<a ")));
    }

    @Test
    void inlineTextStaysReadableWhereNothingNeedsEscaping() {
        assertEquals("Officials said 10 million migrants live in Russia.",
                MarkdownText.inline("Officials said 10 million migrants live in Russia."));
    }

    @Test
    void inlineTextJoinsLinesSoItStaysOnOneLine() {
        assertEquals("first second third", MarkdownText.inline("first\r\nsecond\nthird"));
    }

    @Test
    void quoteKeepsEachLineAndParagraphInsideOneBlockQuote() {
        String quoted = MarkdownText.quote("First line\r\n# second line\n\n    fourth, indented");

        assertEquals("> First line\n> \\# second line\n>\n> fourth, indented\n", quoted);
        String html = HtmlRenderer.builder().build().render(PARSER.parse(quoted));
        assertEquals(1, html.split("<blockquote>", -1).length - 1);
        assertThat(html, not(containsString("<h1>")));
        assertThat(html, not(containsString("<pre>")));
    }

    @Test
    void markedTextBoldsEachClaimAfterItsNumberAndKeepsParagraphs() {
        String text = "# Heading\n\nThe attack killed 140 people. *Nobody* disputes it. It cost €40m.\n";
        List<ClaimReport> claims = List.of(claim(1, text, "The attack killed 140 people."), claim(2, text, "It cost €40m."));

        String marked = MarkdownText.marked(MarkedText.split(text, claims));

        assertEquals("\\# Heading\n\n**[1] The attack killed 140 people.** \\*Nobody\\* disputes it. **[2] It cost €40m.**\n\n",
                marked);
        String html = HtmlRenderer.builder().build().render(PARSER.parse(marked));
        assertThat(html, containsString("<strong>[1] The attack killed 140 people.</strong> *Nobody* disputes it."));
        assertThat(html, not(containsString("<h1>")));
    }

    private static ClaimReport claim(int ordinal, String text, String claimText) {
        int start = text.indexOf(claimText);
        return new ClaimReport(ordinal, 1, ordinal, ordinal, start, start + claimText.length(), claimText, ClaimKind.STATISTIC,
                0.9, ClaimStatus.UNREVIEWED, null, null, null, null, AnchorState.ANCHORED, false, List.of(), List.of());
    }
}
