package factcheck.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * This request's CSRF token, for forms: {@code <input type="hidden" name="{inject:csrf.parameterName}"
 * value="{inject:csrf.token}">}. {@link CsrfProtection} fills it in and checks it.
 */
@Named("csrf")
@RequestScoped
public class CsrfToken {

    public static final String PARAMETER_NAME = "csrf-token";

    String token;

    public String getToken() {
        return token;
    }

    public String getParameterName() {
        return PARAMETER_NAME;
    }
}
