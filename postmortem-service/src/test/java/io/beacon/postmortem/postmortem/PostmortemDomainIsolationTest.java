package io.beacon.postmortem.postmortem;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The postmortem domain knows Axon's annotations and the contracts, never Spring; the policy knows only the JDK. */
class PostmortemDomainIsolationTest {

    private final JavaClasses domain = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.beacon.postmortem.postmortem");

    @Test
    void theDomainHasNoSpring() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..")
                .check(domain);
    }

    @Test
    void theBlamelessPolicyIsPlainJava() {
        classes().that().haveNameMatching(".*BlamelessLanguagePolicy.*").should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "io.beacon.postmortem.postmortem")
                .check(domain);
    }
}
