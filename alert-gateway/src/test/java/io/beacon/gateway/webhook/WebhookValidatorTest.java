package io.beacon.gateway.webhook;

import io.beacon.contracts.SignalStatus;
import io.beacon.gateway.signal.SourceAlert;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class WebhookValidatorTest {

    private final WebhookValidator validator = new WebhookValidator();

    @Test
    void aFiringAlertStillFiresUntilItsZeroEndsAtChanges() {
        List<SourceAlert> alerts = validator.validate(Webhooks.withAlerts(Webhooks.firing()));

        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.status()).isEqualTo(SignalStatus.FIRING);
            assertThat(alert.startsAt()).isEqualTo(Instant.parse("2026-11-22T09:14:03.512Z"));
            assertThat(alert.endsAt()).isNull();
            assertThat(alert.fingerprint()).isEqualTo(Webhooks.FINGERPRINT);
            assertThat(alert.groupKey()).isEqualTo("{}:{service=\"checkout\"}");
            assertThat(alert.externalUrl()).isEqualTo("http://alertmanager:9093");
            assertThat(alert.generatorUrl()).isEqualTo("http://prometheus:9090/graph");
        });
    }

    @Test
    void aResolvedAlertKeepsItsEndsAt() {
        List<SourceAlert> alerts = validator.validate(Webhooks.withAlerts(Webhooks.resolved()));

        assertThat(alerts.getFirst().status()).isEqualTo(SignalStatus.RESOLVED);
        assertThat(alerts.getFirst().endsAt()).isEqualTo(Instant.parse("2026-11-22T09:44:03Z"));
    }

    @Test
    void acceptsTimestampsWithOffsetsAndNanoseconds() {
        var alert = new AlertmanagerAlert("firing", Map.of("alertname", "A"), null,
                "2026-11-22T10:14:03.123456789+01:00", null, null, "f");

        assertThat(validator.validate(Webhooks.withAlerts(alert)).getFirst().startsAt())
                .isEqualTo(Instant.parse("2026-11-22T09:14:03.123456789Z"));
    }

    @Test
    void dropsLabelsWhoseValueIsNull() {
        var alert = new AlertmanagerAlert("firing", Webhooks.labelsWithNullValue(), null,
                "2026-11-22T09:14:03Z", null, null, "f");

        assertThat(validator.validate(Webhooks.withAlerts(alert)).getFirst().labels())
                .containsExactly(Map.entry("alertname", "A"));
    }

    @Test
    void rejectsAnotherVersion() {
        var refused = catchThrowableOfType(InvalidWebhookException.class,
                () -> validator.validate(Webhooks.withVersion("3", List.of(Webhooks.firing()))));

        assertThat(refused.violations()).extracting(Violation::pointer).containsExactly("/version");
        assertThat(refused.violations().getFirst().detail()).contains("\"3\"");
    }

    @Test
    void rejectsAWebhookWithoutAlerts() {
        var missing = catchThrowableOfType(InvalidWebhookException.class,
                () -> validator.validate(Webhooks.withVersion("4", null)));
        var empty = catchThrowableOfType(InvalidWebhookException.class,
                () -> validator.validate(Webhooks.withVersion("4", List.of())));

        assertThat(missing.violations()).extracting(Violation::pointer).containsExactly("/alerts");
        assertThat(empty.violations()).extracting(Violation::pointer).containsExactly("/alerts");
    }

    @Test
    void listsEveryViolationOfEveryAlertWithItsPointer() {
        var broken = new AlertmanagerAlert("pending", Map.of(), Map.of(), "yesterday", "later", null, " ");

        var refused = catchThrowableOfType(InvalidWebhookException.class,
                () -> validator.validate(Webhooks.withVersion(null, List.of(Webhooks.firing(), broken))));

        assertThat(refused.violations()).extracting(Violation::pointer).containsExactlyInAnyOrder(
                "/version",
                "/alerts/1/status",
                "/alerts/1/fingerprint",
                "/alerts/1/labels",
                "/alerts/1/startsAt",
                "/alerts/1/endsAt");
    }

    @Test
    void aMissingStartsAtIsAViolationButAMissingEndsAtIsNot() {
        var alert = new AlertmanagerAlert("firing", Map.of("alertname", "A"), null, null, null, null, "f");

        var refused = catchThrowableOfType(InvalidWebhookException.class,
                () -> validator.validate(Webhooks.withAlerts(alert)));

        assertThat(refused.violations()).extracting(Violation::pointer).containsExactly("/alerts/0/startsAt");
    }

    @Test
    void escapesJsonPointerTokens() {
        assertThat(Violation.pointer("/labels", "a/b~c")).isEqualTo("/labels/a~1b~0c");
    }
}
