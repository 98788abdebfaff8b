package factcheck.article;

import factcheck.config.WorkbenchConfig;
import factcheck.input.FormDates;
import factcheck.input.InvalidFieldException;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;

/** Turns a multipart import (pasted text or uploaded file) into an {@link ArticleDraft}. */
@ApplicationScoped
public class ArticleUploads {

    private final long maxBytes;

    ArticleUploads(WorkbenchConfig config) {
        this.maxBytes = config.importing().maxBytes();
    }

    /** The form's text or file; metadata typed into the form wins over metadata found in an HTML file. */
    public ArticleDraft toDraft(ArticleUploadForm form) {
        LocalDate publishedOn = FormDates.optional("publishedOn", form.publishedOn);
        ArticleDraft file = form.hasFile() ? readFile(form) : new ArticleDraft(form.text, null, null, null, null, null);
        return new ArticleDraft(file.text(), either(form.title, file.title()), either(form.url, file.url()),
                either(form.outlet, file.outlet()), either(form.author, file.author()),
                publishedOn != null ? publishedOn : file.publishedOn());
    }

    private static String either(String typed, String found) {
        return typed != null && !typed.isBlank() ? typed : found;
    }

    private ArticleDraft readFile(ArticleUploadForm form) {
        if (form.text != null && !form.text.isBlank()) {
            throw new InvalidFieldException("file", "Paste a text or upload a file, not both.");
        }
        if (form.file.size() > maxBytes) {
            throw new ArticleTooLargeException(form.file.size(), maxBytes);
        }
        try {
            return ArticleFileReader.read(Files.readAllBytes(form.file.uploadedFile()), form.file.fileName());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file", e);
        }
    }
}
