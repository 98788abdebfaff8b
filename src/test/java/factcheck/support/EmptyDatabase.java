package factcheck.support;

import io.quarkus.arc.Arc;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Every test of the class starts from an empty database: before each test, {@link TestDatabase#reset()} empties
 * every table and forgets failed logins.
 *
 * <pre>{@code
 * @QuarkusTest
 * @EmptyDatabase
 * class ClaimSearchTest {
 *
 *     @BeforeEach
 *     void twoArticles() {
 *         // runs after the reset, so it finds nothing and makes the data every test of the class needs
 *     }
 * }
 * }</pre>
 *
 * JUnit calls an extension's {@code beforeEach} before the class's own {@code @BeforeEach} methods, so the reset
 * always comes first. The extension is loaded with the test class by Quarkus' class loader, which makes {@link Arc}
 * here the container of the application under test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(EmptyDatabase.Reset.class)
public @interface EmptyDatabase {

    /** Empties the database before each test. */
    final class Reset implements BeforeEachCallback {

        @Override
        public void beforeEach(ExtensionContext context) {
            Arc.container().instance(TestDatabase.class).get().reset();
        }
    }
}
