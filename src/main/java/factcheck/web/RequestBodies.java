package factcheck.web;

import factcheck.input.InvalidFieldException;

/** JSON endpoints need a body; an empty request gets a clear 400 rather than a NullPointerException. */
public final class RequestBodies {

    private RequestBodies() {
    }

    public static <T> T required(T body) {
        if (body == null) {
            throw new InvalidFieldException("body", "The request needs a JSON body.");
        }
        return body;
    }
}
