package factcheck.support;

import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.specification.ResponseSpecification;
import org.hamcrest.Matcher;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.blankOrNullString;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** What every API error must look like: RFC 9457 problem+json with a detail written for people. */
public final class Problems {

    private Problems() {
    }

    public static ResponseSpecification problem(int status) {
        return new ResponseSpecBuilder()
                .expectStatusCode(status)
                .expectHeader("Content-Type", startsWith("application/problem+json"))
                .expectBody("status", is(status))
                .expectBody("title", not(blankOrNullString()))
                .expectBody("detail", readable())
                .build();
    }

    /** A sentence for people: no Java class names, exception names or stack frames. */
    public static Matcher<String> readable() {
        return allOf(not(blankOrNullString()),
                not(containsString("Exception")),
                not(containsString("\tat ")),
                not(matchesPattern("(?s).*\\b[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+\\.[A-Z]\\w*.*")));
    }
}
