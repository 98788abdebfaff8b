package factcheck.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * This request's CSRF token, for forms: {@code <input type="hidden" name="{inject:csrf.parameterName}"
 * value="{inject:csrf.token}">}. {@link CsrfProtection} fills it in and checks it; a browser without a session has
 * none (an empty one).
 */
@Named("csrf")
@RequestScoped
public class CsrfToken {

    public static final String PARAMETER_NAME = "csrf-token";

    private String token;

    public String getToken() {
        return token == null ? "" : token;
    }

    /** Through a method, not the field: the bean is injected as a client proxy, whose own fields stay unset. */
    void setToken(String token) {
        this.token = token;
    }

    public String getParameterName() {
        return PARAMETER_NAME;
    }
}
