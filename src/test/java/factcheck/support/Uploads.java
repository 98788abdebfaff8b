package factcheck.support;

import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.specification.MultiPartSpecification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Files and form parts for import tests. */
public final class Uploads {

    private Uploads() {
    }

    /** A multipart text field sent as UTF-8 (REST-assured's default charset would mangle non-ASCII text). */
    public static MultiPartSpecification utf8Part(String name, String value) {
        return new MultiPartSpecBuilder(value).controlName(name).mimeType("text/plain")
                .charset(StandardCharsets.UTF_8).build();
    }

    /** A file from src/test/resources/uploads. */
    public static byte[] upload(String name) {
        try (InputStream in = Uploads.class.getResourceAsStream("/uploads/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test upload " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
