package dev.annota;

import static com.tngtech.archunit.core.domain.JavaAccess.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.sql.DatabaseMetaData;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.annota.tenancy.DatabaseDialect;
import org.junit.jupiter.api.Test;

class DatabaseDialectArchitectureTests {

    @Test
    void onlyDatabaseDialectAsksTheDatabaseForItsProductName() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.annota");

        noClasses().that().doNotBelongToAnyOf(DatabaseDialect.class)
                .should().accessTargetWhere(target(name("getDatabaseProductName"))
                        .and(target(owner(assignableTo(DatabaseMetaData.class)))))
                .because("dev.annota.tenancy.DatabaseDialect is the one place that knows the database's dialect")
                .check(classes);
    }
}
