package io.beacon.incident.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** The decision-making packages know nothing of HTTP, Kafka, Slack or the contracts on the wire. */
class DomainIsolationTest {

    private static final String[] DOMAIN = {"io.beacon.incident.api..", "io.beacon.incident.incident..",
            "io.beacon.incident.correlation.."};
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.beacon.incident");

    @Test
    void domainPackagesExist() {
        assertThat(classes.that(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(DOMAIN)))
                .hasSizeGreaterThan(10);
    }

    @Test
    void domainDoesNotImportWebKafkaSlackOrContracts() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework.web..", "org.springframework.kafka..", "org.apache.kafka..",
                        "org.springframework.cloud..", "com.slack..", "io.beacon.contracts..", "jakarta.persistence..")
                .check(classes);
    }

    @Test
    void slackStaysBehindTheNotificationPort() {
        noClasses().that().resideOutsideOfPackages("io.beacon.incident.notification.slack..",
                        "io.beacon.incident.web.slack..")
                .should().dependOnClassesThat().resideInAnyPackage("com.slack..")
                .check(classes);
    }
}
