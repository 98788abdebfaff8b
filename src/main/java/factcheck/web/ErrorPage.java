package factcheck.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The page shown when a browser request fails. */
public final class ErrorPage {

    private ErrorPage() {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String title, String detail);
    }
}
