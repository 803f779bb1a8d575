package io.beacon.gateway.signal;

import io.beacon.contracts.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SeverityNormalisationTest {

    @ParameterizedTest
    @CsvSource({
            "page, CRITICAL", "critical, CRITICAL", "CRITICAL, CRITICAL",
            "error, ERROR", "high, ERROR",
            "ticket, WARNING", "warning, WARNING",
            "info, INFO", "' Info ', INFO",
            "p1, WARNING"})
    void eachGeneratorsWordsMapOntoOneScale(String written, Severity expected) {
        assertThat(SeverityNormalisation.normalise(written)).isEqualTo(expected);
    }

    @Test
    void aMissingSeverityIsAWarning() {
        assertThat(SeverityNormalisation.normalise(null)).isEqualTo(Severity.WARNING);
    }

    @Test
    void theSeverityLabelWinsOverSlothsOwn() {
        assertThat(SeverityNormalisation.sourceSeverity(Map.of("severity", "critical", "sloth_severity", "ticket")))
                .isEqualTo("critical");
        assertThat(SeverityNormalisation.sourceSeverity(Map.of("sloth_severity", "ticket"))).isEqualTo("ticket");
        assertThat(SeverityNormalisation.sourceSeverity(Map.of("team", "payments"))).isNull();
    }
}
