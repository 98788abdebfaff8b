package factcheck.article;

import org.jboss.resteasy.reactive.PartType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import jakarta.ws.rs.core.MediaType;

/** A multipart import, from the browser's form or an API client: a pasted text or an uploaded file. */
public class ArticleUploadForm {

    @RestForm
    public FileUpload file;

    @RestForm
    @PartType(MediaType.TEXT_PLAIN)
    public String text;

    @RestForm
    public String title;

    @RestForm
    public String url;

    @RestForm
    public String outlet;

    @RestForm
    public String author;

    /** ISO date (2024-03-22); kept as text so a wrong date gets a message instead of a bare 400. */
    @RestForm
    public String publishedOn;

    public boolean hasFile() {
        return file != null && file.fileName() != null && !file.fileName().isBlank();
    }
}
