package factcheck.report;

import factcheck.input.InvalidFieldException;
import jakarta.ws.rs.core.MediaType;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The formats a report is exported in. Declared in order of preference: when the client accepts anything
 * ({@code *}/{@code *}, or no Accept header) it gets JSON, and {@code text/*} gets Markdown; a browser asking for
 * {@code text/html} gets the printable page.
 */
public enum ReportFormat {
    JSON("json", MediaType.APPLICATION_JSON_TYPE, false),
    MARKDOWN("md", new MediaType("text", "markdown", "UTF-8"), true),
    CSV("csv", new MediaType("text", "csv", "UTF-8"), true),
    HTML("html", MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"), false),
    PDF("pdf", new MediaType("application", "pdf"), true),
    /** schema.org ClaimReview markup, one per reviewed claim. */
    CLAIMREVIEW("claimreview", new MediaType("application", "ld+json"), false);

    private final String extension;
    private final MediaType mediaType;
    private final boolean download;

    ReportFormat(String extension, MediaType mediaType, boolean download) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.download = download;
    }

    /** The value of the {@code format} query parameter and the file name's extension. */
    public String extension() {
        return extension;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    /**
     * Markdown, CSV and PDF are files to keep; JSON and ClaimReview are usually read by a program and the HTML page
     * by a person, so those are shown inline.
     */
    public boolean isDownload() {
        return download;
    }

    /**
     * The format named by the {@code format} query parameter, case-insensitively.
     *
     * @throws InvalidFieldException naming the allowed values when the value is none of them
     */
    public static ReportFormat fromParameter(String value) {
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(format -> format.extension.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new InvalidFieldException("format", "'" + value
                        + "' is not a report format; allowed values: " + allowedValues() + "."));
    }

    /**
     * The first format the client accepts, going through its media types from most to least preferred.
     *
     * @param acceptable the Accept header's media types, most preferred first, as JAX-RS sorts them
     */
    public static Optional<ReportFormat> negotiate(List<MediaType> acceptable) {
        if (acceptable.isEmpty()) {
            return Optional.of(JSON);
        }
        for (MediaType accepted : acceptable) {
            if (isRefused(accepted)) {
                continue;
            }
            for (ReportFormat format : values()) {
                if (accepted.isCompatible(format.mediaType)) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }

    // "q=0" in an Accept header means "not this one", not "this one, least preferred".
    private static boolean isRefused(MediaType accepted) {
        String quality = accepted.getParameters().get("q");
        try {
            return quality != null && Double.parseDouble(quality) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String allowedValues() {
        return Arrays.stream(values()).map(ReportFormat::extension).collect(Collectors.joining(", "));
    }
}
