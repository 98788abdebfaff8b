package factcheck.account;

import factcheck.support.Accounts;
import factcheck.support.EmptyDatabase;
import factcheck.support.SimultaneousRequests;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;

/** Many requests with the right password at the same moment are all let in; wrong ones still lock the account. */
@QuarkusTest
@EmptyDatabase
class ParallelSignInTest {

    @Inject
    Accounts accounts;

    @TestHTTPResource("/")
    URI baseUri;

    @BeforeEach
    void createAccount() {
        accounts.create(Role.REVIEWER);
    }

    @Test
    void thirtyRequestsWithTheRightPasswordAtOnceAreAllAnswered() throws Exception {
        List<Integer> statuses = statuses(SimultaneousRequests.send(30, i -> basic(Accounts.PASSWORD)));

        assertThat(statuses.toString(), statuses, everyItem(is(200)));
    }

    @Test
    void wrongPasswordsSentAtOnceStillLockTheAccount() throws Exception {
        List<Integer> statuses = statuses(SimultaneousRequests.send(10, i -> basic("wrong password number " + i)));

        assertThat(statuses, everyItem(is(401)));
        Accounts.basic("reviewer").get("/api/me").then().statusCode(401);
    }

    @Test
    void tenSignInsThroughTheFormAtOnceAllOpenASession() throws Exception {
        String form = "j_username=reviewer&j_password=" + URLEncoder.encode(Accounts.PASSWORD, StandardCharsets.UTF_8);
        String origin = baseUri.getScheme() + "://" + baseUri.getRawAuthority();
        List<HttpResponse<String>> answers = SimultaneousRequests.send(10, i -> HttpRequest.newBuilder(
                        baseUri.resolve("/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());

        for (HttpResponse<String> answer : answers) {
            assertThat(answer.headers().firstValue("Location").orElse(""), endsWith("/articles"));
            assertThat(answer.headers().allValues("Set-Cookie").size() >= 2, is(true));
        }
    }

    private HttpRequest basic(String password) {
        String credentials = Base64.getEncoder()
                .encodeToString(("reviewer:" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(baseUri.resolve("/api/articles"))
                .header("Authorization", "Basic " + credentials)
                .build();
    }

    private static List<Integer> statuses(List<HttpResponse<String>> answers) {
        return answers.stream().map(HttpResponse::statusCode).toList();
    }
}
