package io.beacon.bench;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CpuSamplerTest {

    private static final Instant T0 = Instant.parse("2026-11-25T12:00:00Z");

    @Test
    void aProcessesTicksAreItsUserPlusSystemTimeWhateverItsName() {
        String stat = "4193 (java (x) y) S 1 4193 4193 0 -1 4194560 9000 0 12 0 250 50 0 0 20 0 60 0 1234 5 6";
        assertThat(CpuSampler.processTicks(stat)).isEqualTo(300);
    }

    @Test
    void aTruncatedStatLineIsUnreadable() {
        assertThat(CpuSampler.processTicks("4193 (java) S 1 2")).isEqualTo(-1);
        assertThat(CpuSampler.processTicks("")).isEqualTo(-1);
    }

    @Test
    void theMachinesBusyTicksLeaveIdleAndIoWaitOut() {
        String stat = "cpu  100 5 50 1000 20 1 2 3 0 0\ncpu0 50 2 25 500 10 0 1 1 0 0\n";
        assertThat(CpuSampler.machineTicks(stat)).containsExactly(161, 1020);
    }

    @Test
    void aWindowIsMeasuredFromTheSamplesJustOutsideIt() {
        List<CpuSampler.Sample> samples = List.of(
                sample(0, 0, 0), sample(250, 10, 40), sample(500, 30, 90), sample(750, 60, 140));
        CpuSampler.Use use = CpuSampler.between(samples, T0.plusMillis(100), T0.plusMillis(400),
                List.of("incident-service", "postmortem-service"));

        assertThat(use.window()).isEqualTo(Duration.ofMillis(500));
        assertThat(use.coreSeconds()).containsExactly(Map.entry("incident-service", 0.3));
        assertThat(use.busy()).isEqualTo(0.9);
        assertThat(use.others()).isEqualTo(0.6, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(use.describe()).isEqualTo("incident-service 0.30, everything else 0.60, idle 0.20 core-seconds");
    }

    @Test
    void aWindowBeyondTheSamplesTakesTheOutermostOnes() {
        List<CpuSampler.Sample> samples = List.of(sample(0, 0, 0), sample(250, 10, 40));
        CpuSampler.Use use = CpuSampler.between(samples, T0.minusSeconds(1), T0.plusSeconds(5),
                List.of("incident-service"));

        assertThat(use.window()).isEqualTo(Duration.ofMillis(250));
        assertThat(use.coreSeconds()).containsExactly(Map.entry("incident-service", 0.1));
    }

    /** A sample {@code millis} after T0: incident-service's ticks, the machine's busy ticks, an idle tick per 25 ms. */
    private static CpuSampler.Sample sample(long millis, long incidentTicks, long busy) {
        return new CpuSampler.Sample(T0.plusMillis(millis), Map.of("incident-service", incidentTicks), busy,
                millis / 25);
    }
}
