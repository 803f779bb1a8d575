package io.beacon.gateway.signal;

import io.beacon.contracts.AlertSignalReceived;
import io.beacon.contracts.SignalStatus;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves {@link SignalLimits#MAX_RECORD_BYTES}: the largest record the limits allow, every field at its limit and
 * every char the costliest to encode (3 UTF-8 bytes; a quote or backslash costs 2 as JSON), stays below it.
 */
class WorstCaseRecordSizeTest {

    /** U+FFE5: three bytes in UTF-8, never escaped by JSON. */
    private static final String WIDE = "\uFFE5";

    private final AlertSignalMapper mapper = new AlertSignalMapper(Clock.systemUTC());

    @Test
    void theLargestPossibleRecordStaysBelowTheRecordLimit() {
        Map<String, String> labels = entries(1_000, 10_000);
        labels.put("alertname", WIDE.repeat(10_000));
        labels.put("service", WIDE.repeat(10_000));
        labels.put("severity", WIDE.repeat(10_000));
        labels.put("slo", WIDE.repeat(10_000));
        labels.put("long", WIDE.repeat(10_000));
        labels.put("short", WIDE.repeat(10_000));
        labels.put("exhaustion", WIDE.repeat(10_000));
        Map<String, String> annotations = entries(1_000, 10_000);
        annotations.put("summary", WIDE.repeat(10_000));
        annotations.put("description", WIDE.repeat(10_000));
        annotations.put("runbook_url", WIDE.repeat(10_000));
        String huge = WIDE.repeat(10_000);
        SourceAlert alert = new SourceAlert(SignalStatus.FIRING, labels, annotations, SourceAlerts.STARTS_AT,
                SourceAlerts.STARTS_AT, huge, huge, huge, huge);

        AlertSignalReceived signal = mapper.toSignal(alert);
        int bytes = JsonMapper.builder().build().writeValueAsString(signal).getBytes(StandardCharsets.UTF_8).length;

        assertThat(bytes).isLessThan(SignalLimits.MAX_RECORD_BYTES);
    }

    private static Map<String, String> entries(int count, int valueChars) {
        Map<String, String> entries = new HashMap<>();
        for (int index = 0; index < count; index++) {
            entries.put(String.format("%04d", index) + WIDE.repeat(1_000), WIDE.repeat(valueChars));
        }
        return entries;
    }
}
