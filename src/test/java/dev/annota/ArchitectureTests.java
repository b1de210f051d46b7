package dev.annota;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Arrays;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.RestController;

/** Layering rules that Spring Modulith's module check does not cover. */
class ArchitectureTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.annota");

    @Test
    void noControllerTouchesTheDatabase() {
        // HTTP stays at the edge: a controller asks its module's store or facade, which owns the SQL.
        noClasses().that().areAnnotatedWith(RestController.class)
                .or().areAnnotatedWith(Controller.class)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "javax.sql..")
                .because("SQL lives in the module's stores, never in a controller")
                .check(classes);
    }

    @Test
    void noModulesPublicApiDependsOnHttp() {
        // A module's root package is what other modules use: refusals there are dev.annota.failure types, not HTTP ones.
        noClasses().that(areInAModulesRootPackage())
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.http..")
                .because("HTTP stays at the edge: web/internal/ProblemAdvice maps a module's failures to problem documents")
                .check(classes);
    }

    @Test
    void onlyTheOneMappingBuildsHttpErrors() {
        // ResponseStatusException is an ErrorResponseException too: a module throws a dev.annota.failure type instead.
        noClasses().that().resideOutsideOfPackage("dev.annota.web.internal")
                .should().dependOnClassesThat().areAssignableTo(ErrorResponseException.class)
                .because("modules throw dev.annota.failure types; web/internal/ProblemAdvice is the one mapping to HTTP")
                .check(classes);
    }

    @Test
    void aComponentsDependenciesAreNoPartOfItsApi() {
        // Components are records (docs/decisions/0006): their accessors would hand out what they were injected with.
        noClasses().should().callMethodWhere(describe("an accessor of a component record, from another package",
                        (JavaMethodCall call) -> isComponentRecord(call.getTargetOwner())
                                && call.getTarget().getParameterTypes().isEmpty()
                                && !call.getOriginOwner().getPackageName().equals(call.getTargetOwner().getPackageName())
                                && Arrays.stream(call.getTargetOwner().reflect().getRecordComponents())
                                        .anyMatch(c -> c.getName().equals(call.getName()))))
                .because("a component's dependencies are its own: other packages call what it does, not what it holds")
                .check(classes);
    }

    private static boolean isComponentRecord(JavaClass c) {
        return c.isRecord() && c.isMetaAnnotatedWith(Component.class);
    }

    /** A type directly in {@code dev.annota.<module>}: the module's public API. */
    private static DescribedPredicate<JavaClass> areInAModulesRootPackage() {
        return describe("are in a module's root package", c -> c.getPackageName().matches("dev\\.annota\\.[a-z]+"));
    }
}
