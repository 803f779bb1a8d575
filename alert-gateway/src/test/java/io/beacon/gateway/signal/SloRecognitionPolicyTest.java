package io.beacon.gateway.signal;

import io.beacon.contracts.SloBreach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SloRecognitionPolicyTest {

    @Test
    void recognisesASlothAlertByItsSlothSloLabel() {
        SloBreach breach = SloRecognitionPolicy.recognise(Map.of(
                "sloth_id", "checkout-requests-availability", "sloth_service", "checkout",
                "sloth_slo", "requests-availability", "sloth_severity", "page"), Map.of());

        assertThat(breach).isEqualTo(new SloBreach("sloth", "requests-availability", null, null, null, null));
    }

    @Test
    void recognisesAPyrraErrorBudgetBurnAndDerivesTheWorkbookBurnRate() {
        SloBreach breach = SloRecognitionPolicy.recognise(Map.of(
                "alertname", "ErrorBudgetBurn", "slo", "payments-api-errors", "long", "1h", "short", "5m",
                "severity", "critical", "exhaustion", "2d"), Map.of());

        assertThat(breach).isEqualTo(new SloBreach("pyrra", "payments-api-errors", 14.4, "1h", "5m", "2d"));
    }

    @Test
    void takesPyrrasExhaustionFromAnAnnotationToo() {
        SloBreach breach = SloRecognitionPolicy.recognise(
                Map.of("alertname", "ErrorBudgetBurn", "slo", "api", "long", "6h", "short", "30m"),
                Map.of("exhaustion", "5d"));

        assertThat(breach.exhaustion()).isEqualTo("5d");
        assertThat(breach.burnRate()).isEqualTo(6.0);
    }

    @Test
    void aPlainSloLabelIsRecognisedWithWindowsFromItsOwnLabels() {
        SloBreach breach = SloRecognitionPolicy.recognise(
                Map.of("alertname", "SearchLatencyBudgetBurn", "slo", "search-latency",
                        "long_window", "3d", "short_window", "6h"), Map.of());

        assertThat(breach).isEqualTo(new SloBreach("labels", "search-latency", 1.0, "3d", "6h", null));
    }

    @Test
    void aSingleWindowLabelGivesTheLongWindowButNoBurnRate() {
        SloBreach breach = SloRecognitionPolicy.recognise(Map.of("slo", "search-latency", "window", "1h"), Map.of());

        assertThat(breach.longWindow()).isEqualTo("1h");
        assertThat(breach.shortWindow()).isNull();
        assertThat(breach.burnRate()).isNull();
    }

    @Test
    void anExplicitBurnRateWinsOverTheWindows() {
        SloBreach fromLabel = SloRecognitionPolicy.recognise(
                Map.of("slo", "s", "long", "1h", "short", "5m", "burn_rate", "13.7"), Map.of());
        SloBreach fromAnnotation = SloRecognitionPolicy.recognise(
                Map.of("slo", "s", "long", "1h", "short", "5m"), Map.of("burnrate", "20"));

        assertThat(fromLabel.burnRate()).isEqualTo(13.7);
        assertThat(fromAnnotation.burnRate()).isEqualTo(20.0);
    }

    @Test
    void aBurnRateThatIsNotANumberIsIgnored() {
        SloBreach breach = SloRecognitionPolicy.recognise(
                Map.of("slo", "s", "long", "6h", "short", "30m", "burn_rate", "fast"), Map.of());

        assertThat(breach.burnRate()).isEqualTo(6.0);
    }

    @ParameterizedTest
    @CsvSource({"1h, 5m, 14.4", "60m, 5m, 14.4", "1h0m0s, 5m0s, 14.4", "6h, 30m, 6.0", "3d, 6h, 1.0", "72h, 360m, 1.0"})
    void derivesBurnRatesForTheWorkbookWindowsHoweverWritten(String longWindow, String shortWindow, double expected) {
        assertThat(AlertingWindow.workbookBurnRate(longWindow, shortWindow)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"1h4m, 5m", "2h, 5m", "1h, 6m", "5m, 1h", "1.5h, 5m", "1h, ''", "soon, 5m", "1hx, 5m"})
    void derivesNothingForOtherWindows(String longWindow, String shortWindow) {
        assertThat(AlertingWindow.workbookBurnRate(longWindow, shortWindow)).isEmpty();
    }

    @Test
    void anAlertWithoutSloLabelsIsNoSloBreach() {
        assertThat(SloRecognitionPolicy.recognise(
                Map.of("alertname", "ErrorBudgetBurn", "service", "checkout"), Map.of("slo", "x"))).isNull();
        assertThat(SloRecognitionPolicy.recognise(Map.of("alertname", "HighCpu"), Map.of())).isNull();
    }
}
