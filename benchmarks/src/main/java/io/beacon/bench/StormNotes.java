package io.beacon.bench;

import java.time.Duration;
import java.util.List;

/**
 * The storm's notes that tell its page latency apart: the storm services' first pages (all their incidents open at
 * once, at the storm's start) against the probes' (a new incident at a time under the full storm), and who held the
 * CPU while the storm's own incidents opened and paged, and over the whole storm.
 */
final class StormNotes {

    /** The benchmark's own JVM in the CPU figures: the load generator, the Slack stand-in, the page watcher. */
    static final String BENCHMARK = "benchmark (load generator, Slack stand-in)";
    private static final List<String> ORDER = List.of("incident-service", "alert-gateway", "kafka",
            "postmortem-service", BENCHMARK);

    private StormNotes() {
    }

    /** "Page latency by the Slack stand-in's clock …: p50, p99 over n incidents. By kind: …". */
    static String pages(StormScenario.Result s, Sizes sizes) {
        List<Double> after = probesAfter(s);
        return "Page latency by the Slack stand-in's clock (send → chat.postMessage seen, 10 ms polling): "
                + percentiles(s.pageLatencySeconds()) + " over " + s.pageLatencySeconds().size() + " incidents. "
                + "By kind: the " + s.stormPageSeconds().size() + " storm services' first pages (their incidents "
                + "open together, in the storm's first seconds) " + percentiles(s.stormPageSeconds())
                + "; the " + s.probePageSeconds().size() + " probe services' (a new service every "
                + sizes.probeEvery().toMillis() + " ms while the storm runs) " + percentiles(s.probePageSeconds())
                + ", and the " + after.size() + " of them sent after the storm's own pages were all out "
                + percentiles(after) + ".";
    }

    /** Who held the CPU until the storm's own pages were out, and over the whole storm. */
    static String cpu(StormScenario.Result s, CpuSampler cpu, int stormServices) {
        String whole = "over the whole storm (" + seconds(Duration.between(s.start(), s.lastSend())) + "): "
                + cpu.between(s.start(), s.lastSend(), ORDER).describe();
        if (s.stormPagedAt() == null) {
            return "CPU by process (/proc, core-seconds on " + Runtime.getRuntime().availableProcessors()
                    + " cores) " + whole + "; not every storm service was paged, so no figure for its opening.";
        }
        CpuSampler.Use opening = cpu.between(s.start(), s.stormPagedAt(), ORDER);
        return "CPU by process (/proc, core-seconds on " + Runtime.getRuntime().availableProcessors() + " cores) "
                + "while the storm's " + stormServices + " incidents opened and paged (its first "
                + seconds(opening.window()) + "): " + opening.describe() + "; " + whole + ".";
    }

    private static List<Double> probesAfter(StormScenario.Result s) {
        if (s.stormPagedAt() == null) {
            return List.of();
        }
        double after = Duration.between(s.start(), s.stormPagedAt()).toNanos() / 1e9;
        return s.probeLatenciesSentAfter(after);
    }

    private static String percentiles(List<Double> seconds) {
        return seconds.isEmpty() ? "(none)" : "p50 " + Format.millis(Percentiles.of(seconds, 0.5)) + ", p99 "
                + Format.millis(Percentiles.of(seconds, 0.99));
    }

    private static String seconds(Duration d) {
        return Format.number(d.toMillis() / 1000.0) + " s";
    }
}
