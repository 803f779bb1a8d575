package io.beacon.incident.notification;

import io.beacon.incident.api.PageDelivered;
import io.beacon.incident.api.RecordPageDelivery;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class PageLatencyTimerTest {

    static final Instant RECEIVED = Instant.parse("2026-11-24T03:00:00Z");

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final PageLatencyTimer timer = new PageLatencyTimer(meters);

    @Test
    void aFirstPageIsTimedWholeAndSplitAtTheIncidentsDeclaration() {
        timer.record(recorded(1, RECEIVED, RECEIVED.plusMillis(8_800), RECEIVED.plusMillis(10_200)));

        assertThat(millis(whole())).isEqualTo(10_200);
        assertThat(millis(stage("open"))).as("alert received → declared").isEqualTo(8_800);
        assertThat(millis(stage("deliver"))).as("declared → Slack accepted").isEqualTo(1_400);
    }

    @Test
    void escalationsRepeatsAndIncidentsDeclaredByHandAreLeftOut() {
        timer.record(recorded(2, RECEIVED, RECEIVED.plusSeconds(1), RECEIVED.plusSeconds(61)));
        timer.record(null);
        timer.record(recorded(1, null, RECEIVED, RECEIVED.plusSeconds(1)));

        assertThat(whole().count()).isZero();
        assertThat(stage("open").count()).isZero();
        assertThat(stage("deliver").count()).isZero();
    }

    @Test
    void aGatewayClockAheadOfThisHostCountsAsNoTimeNotNegativeTime() {
        timer.record(recorded(1, RECEIVED.plusSeconds(3), RECEIVED.plusSeconds(1), RECEIVED.plusSeconds(2)));

        assertThat(millis(whole())).isZero();
        assertThat(millis(stage("open"))).isZero();
        assertThat(millis(stage("deliver"))).isEqualTo(1_000);
    }

    private static RecordPageDelivery.Recorded recorded(int step, Instant received, Instant declared,
                                                        Instant delivered) {
        return new RecordPageDelivery.Recorded(new PageDelivered("inc-1", step, "C0SRE", "1.1", delivered), received,
                declared);
    }

    private Timer whole() {
        return meters.get(PageLatencyTimer.METRIC).timer();
    }

    private Timer stage(String stage) {
        return meters.get(PageLatencyTimer.STAGES).tag("stage", stage).timer();
    }

    private static long millis(Timer timer) {
        assertThat(timer.count()).isEqualTo(1);
        return Math.round(timer.totalTime(TimeUnit.MILLISECONDS));
    }
}
