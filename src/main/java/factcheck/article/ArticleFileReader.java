package factcheck.article;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns uploaded bytes into an article: strict UTF-8 (a wrong encoding would corrupt every claim silently),
 * Markdown reduced to its text, HTML to its article body and metadata, anything binary refused.
 */
public final class ArticleFileReader {

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final TextContentRenderer PLAIN_TEXT = TextContentRenderer.builder().build();

    private ArticleFileReader() {
    }

    /** Reads an uploaded file; the name's extension decides the format (.txt, .md, .html, or none for text). */
    public static ArticleDraft read(byte[] content, String fileName) {
        String text = decodeUtf8(content);
        return switch (extensionOf(fileName)) {
            case "", "txt", "text" -> textOnly(text);
            case "md", "markdown" -> textOnly(PLAIN_TEXT.render(MARKDOWN.parse(text)));
            case "html", "htm" -> HtmlArticleReader.read(text);
            default -> throw new UnsupportedFileException(
                    "Only .txt, .md and .html files can be imported; '" + fileName + "' is none of them.");
        };
    }

    private static ArticleDraft textOnly(String text) {
        return new ArticleDraft(text, null, null, null, null, null);
    }

    /** Decodes UTF-8 strictly and refuses control characters that no article text contains. */
    public static String decodeUtf8(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UnsupportedFileException("The file is not UTF-8 text.");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.chars().anyMatch(ArticleFileReader::isBinaryControl)) {
            throw new UnsupportedFileException("The file contains binary data, not text.");
        }
        return text;
    }

    static boolean isBinaryControl(int c) {
        return c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f';
    }

    private static String extensionOf(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
