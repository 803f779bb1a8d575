package io.beacon.bench;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StormNotesTest {

    private static final Instant START = Instant.parse("2026-11-25T12:00:00Z");

    @Test
    void thePagesNoteTellsTheStormsOwnPagesFromTheProbesSentAfterThem() {
        // two storm pages, the last out 4 s in; a probe sent at 0.5 s (paged late, behind them), two after
        StormScenario.Result storm = result(List.of(3.0, 4.0), List.of(
                new LineChart.Point(0.5, 3_500), new LineChart.Point(5.0, 80), new LineChart.Point(5.5, 40)),
                START.plusSeconds(4));

        String note = StormNotes.pages(storm, Sizes.full());

        assertThat(note).contains("p50 3,000 ms, p99 4,000 ms over 5 incidents")
                .contains("the 2 storm services' first pages (their incidents open together, in the storm's first "
                        + "seconds) p50 3,000 ms, p99 4,000 ms;")
                .contains("the 3 probe services' (a new service every 500 ms while the storm runs) p50 80.0 ms, "
                        + "p99 3,500 ms,")
                .endsWith("and the 2 of them sent after the storm's own pages were all out p50 40.0 ms, p99 80.0 ms.");
    }

    @Test
    void withAStormServiceNeverPagedNoProbeCountsAsAfter() {
        StormScenario.Result storm = result(List.of(3.0), List.of(new LineChart.Point(5.0, 80)), null);

        assertThat(StormNotes.pages(storm, Sizes.full())).endsWith("the 0 of them sent after the storm's own pages "
                + "were all out (none).");
    }

    private static StormScenario.Result result(List<Double> stormPages, List<LineChart.Point> probes,
                                               Instant stormPagedAt) {
        List<LineChart.Point> all = new java.util.ArrayList<>();
        stormPages.forEach(seconds -> all.add(new LineChart.Point(0.1, seconds * 1000)));
        all.addAll(probes);
        return new StormScenario.Result(new LoadGenerator.Outcome(100, 100, 0, Duration.ofSeconds(10)), START,
                START.plusSeconds(10), 2, 100, 100, Duration.ofSeconds(1), all, stormPages, probes, stormPagedAt,
                START.plusSeconds(11));
    }
}
