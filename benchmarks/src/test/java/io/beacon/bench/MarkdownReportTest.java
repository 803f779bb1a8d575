package io.beacon.bench;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownReportTest {

    private static RunSummary run(String date, String figure) {
        return new RunSummary(date, List.of("Machine: 2 cores", "Database: embedded H2 (file)"),
                List.of(new ResultRow("gateway accepted alerts/s", figure, "6,000 records/s", "0.50",
                                "≥ 50% of raw producer", Verdict.PASS),
                        new ResultRow("ready | with a pipe", "4 s", "", "", "≤ 3 s", Verdict.FAIL)),
                List.of("a note about how"), List.of(new RunSummary.Plot("latency", "benchmarks/latency-over-time.png")));
    }

    @Test
    void rendersTheTableWithEveryColumnAndEscapesPipes() {
        String md = MarkdownReport.render(run("2026-11-23 18:00 UTC", "3,000 alerts/s"), Optional.empty());
        assertThat(md).contains("## Latest run (2026-11-23 18:00 UTC)")
                .contains("| measure | figure | limit (same run) | ratio | goal | result |")
                .contains("| gateway accepted alerts/s | 3,000 alerts/s | 6,000 records/s | 0.50 | ≥ 50% of raw producer | pass |")
                .contains("| ready \\| with a pipe | 4 s | — | — | ≤ 3 s | **FAIL** |")
                .contains("![latency](benchmarks/latency-over-time.png)")
                .doesNotContain("## Previous run");
    }

    @Test
    void theLatestTableOfTheOldFileBecomesThePreviousRun() {
        String first = MarkdownReport.render(run("2026-11-22 10:00 UTC", "2,000 alerts/s"), Optional.empty());
        String second = MarkdownReport.render(run("2026-11-23 18:00 UTC", "3,000 alerts/s"), Optional.of(first));
        assertThat(second).contains("## Latest run (2026-11-23 18:00 UTC)")
                .contains("## Previous run (2026-11-22 10:00 UTC)");
        String previous = second.substring(second.indexOf("## Previous run"));
        assertThat(previous).contains("2,000 alerts/s").contains("- Machine: 2 cores")
                .doesNotContain("3,000 alerts/s").doesNotContain("a note about how").doesNotContain("![");
        assertThat(second.substring(0, second.indexOf("## Previous run"))).doesNotContain("2,000 alerts/s");
    }

    @Test
    void onlyOnePreviousRunIsKept() {
        String first = MarkdownReport.render(run("2026-11-21 10:00 UTC", "1,000 alerts/s"), Optional.empty());
        String second = MarkdownReport.render(run("2026-11-22 10:00 UTC", "2,000 alerts/s"), Optional.of(first));
        String third = MarkdownReport.render(run("2026-11-23 10:00 UTC", "3,000 alerts/s"), Optional.of(second));
        assertThat(third).doesNotContain("2026-11-21").doesNotContain("1,000 alerts/s")
                .contains("## Previous run (2026-11-22 10:00 UTC)");
    }

    @Test
    void aFileWithoutALatestRunLeavesNoPreviousSection() {
        assertThat(MarkdownReport.latestSectionOf("# Benchmarks\n\nnothing yet\n")).isEmpty();
    }
}
