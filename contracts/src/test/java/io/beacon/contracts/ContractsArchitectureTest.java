package io.beacon.contracts;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

class ContractsArchitectureTest {

    private final JavaClasses contracts = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.beacon.contracts");

    @Test
    void contractsDependOnNothingButTheJdk() {
        assertThat(contracts).isNotEmpty();
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.beacon.contracts..")
                .check(contracts);
    }

    @Test
    void everyIntegrationEventIsARecord() {
        classes().that().implement(IntegrationEvent.class).should().beRecords().check(contracts);
    }
}
