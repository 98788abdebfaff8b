package factcheck;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The package structure the README draws, enforced: a change that breaks it fails the build and says where. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("factcheck");

    @Test
    void packagesDependOnEachOtherWithoutCycles() {
        slices().matching("factcheck.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void onlyResourcesPagesAndSignInReachForHttpConcerns() {
        noClasses().that().resideOutsideOfPackages("factcheck.web..", "factcheck.api..", "factcheck.workbench..")
                .and(are(not(partOfAResourceOrPage())))
                .and().areNotAssignableTo(HttpAuthenticationMechanism.class)
                .and().areNotAssignableTo(IdentityProvider.class)
                .should().dependOnClassesThat().resideInAPackage("factcheck.web..")
                .because("the domain reports problems with factcheck.problem and factcheck.input, and web turns them"
                        + " into HTTP")
                .check(CLASSES);
    }

    /** A JAX-RS resource or page, or a class nested in one (such as a page's templates). */
    private static DescribedPredicate<JavaClass> partOfAResourceOrPage() {
        return DescribedPredicate.describe("part of a resource or page", javaClass ->
                javaClass.isAnnotatedWith(Path.class)
                        || javaClass.getEnclosingClass().map(outer -> outer.isAnnotatedWith(Path.class)).orElse(false));
    }

    @Test
    void theHttpToolkitKnowsNoFeature() {
        noClasses().that().resideInAPackage("factcheck.web..")
                .should().dependOnClassesThat().resideInAnyPackage("factcheck.article..", "factcheck.claim..",
                        "factcheck.account..", "factcheck.report..", "factcheck.desk..", "factcheck.extraction..",
                        "factcheck.api..", "factcheck.workbench..")
                .check(CLASSES);
    }

    @Test
    void theCopyComparisonIsPlainJavaOnTheExtraction() {
        noClasses().that().resideInAPackage("factcheck.comparison..")
                .should().dependOnClassesThat().resideInAnyPackage("factcheck.web..", "factcheck.api..",
                        "factcheck.workbench..", "factcheck.article..", "factcheck.claim..", "factcheck.account..",
                        "factcheck.report..", "factcheck.desk..", "factcheck.arithmetic..", "io.quarkus..",
                        "jakarta..")
                .check(CLASSES);
    }

    @Test
    void featuresLeaveTheirPagesAndResourcesAlone() {
        noClasses().that().resideInAnyPackage("factcheck.article..", "factcheck.claim..", "factcheck.desk..",
                        "factcheck.extraction..", "factcheck.account..", "factcheck.report..")
                .should().dependOnClassesThat().resideInAnyPackage("factcheck.api..", "factcheck.workbench..")
                .check(CLASSES);
    }
}
