package io.beacon.incident.messaging;

import io.beacon.contracts.AlertSignalReceived;
import io.beacon.contracts.ServiceKeys;
import io.beacon.contracts.Severity;
import io.beacon.contracts.SignalStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The gateway is not the only producer: a service key is bounded again here before it names an aggregate. */
class AlertSignalTranslatorTest {

    @Test
    void aShortServiceKeyIsKept() {
        assertThat(AlertSignalTranslator.serviceKey(received("checkout"))).isEqualTo("checkout");
    }

    @Test
    void aLongServiceKeyIsCutWithAStableHash() {
        String longKey = "checkout-" + "x".repeat(291);

        String bound = AlertSignalTranslator.serviceKey(received(longKey));

        assertThat(bound).hasSizeLessThanOrEqualTo(ServiceKeys.MAX_LENGTH).matches("checkout-x+~[0-9a-f]{12}")
                .isEqualTo(AlertSignalTranslator.serviceKey(received(longKey)))
                .isNotEqualTo(AlertSignalTranslator.serviceKey(received(longKey + "y")));
    }

    @Test
    void controlCharactersAreStripped() {
        assertThat(AlertSignalTranslator.serviceKey(received("check\u0000out\n"))).isEqualTo("checkout");
    }

    private static AlertSignalReceived received(String serviceKey) {
        Instant now = Instant.parse("2026-11-22T09:15:00Z");
        return new AlertSignalReceived(UUID.randomUUID(), now, 1, "alertmanager", serviceKey, "5f3e1c2a9b7d4e60",
                SignalStatus.FIRING, "A", "A", null, Severity.CRITICAL, "critical", null, null, null, now, null,
                null, null, Map.of(), Map.of());
    }
}
