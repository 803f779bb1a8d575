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

    @Test
    void everyTextIsCutAndLosesItsNulsBecausePostgresqlRefusesThem() {
        String huge = "a\u0000b".repeat(5_000);
        Map<String, String> labels = new java.util.HashMap<>();
        for (int i = 0; i < 1_000; i++) {
            labels.put("label_" + i, huge);
        }
        AlertSignalReceived received = new AlertSignalReceived(UUID.randomUUID(), Instant.now(), 1, huge, "checkout",
                huge, SignalStatus.FIRING, huge, huge, huge, Severity.CRITICAL, huge, null, huge, huge, Instant.now(),
                null, null, null, labels, Map.of("summary", huge));

        var signal = AlertSignalTranslator.toSignal(received);

        assertThat(signal.title()).hasSize(SignalBounds.TITLE_CHARS).doesNotContain("\u0000");
        assertThat(signal.description()).hasSize(SignalBounds.DESCRIPTION_CHARS).doesNotContain("\u0000");
        assertThat(signal.runbookUrl()).hasSize(SignalBounds.URL_CHARS);
        assertThat(signal.dedupKey()).hasSizeLessThanOrEqualTo(SignalBounds.DEDUP_KEY_CHARS).doesNotContain("\u0000");
        assertThat(signal.labels()).hasSize(SignalBounds.MAX_ENTRIES + 1)
                .containsEntry(SignalBounds.DROPPED, "936 more dropped (at most 64 kept)");
        assertThat(signal.labels().values()).allMatch(value -> value.length() <= SignalBounds.VALUE_CHARS
                && !value.contains("\u0000"));
    }

    private static AlertSignalReceived received(String serviceKey) {
        Instant now = Instant.parse("2026-11-22T09:15:00Z");
        return new AlertSignalReceived(UUID.randomUUID(), now, 1, "alertmanager", serviceKey, "5f3e1c2a9b7d4e60",
                SignalStatus.FIRING, "A", "A", null, Severity.CRITICAL, "critical", null, null, null, now, null,
                null, null, Map.of(), Map.of());
    }
}
