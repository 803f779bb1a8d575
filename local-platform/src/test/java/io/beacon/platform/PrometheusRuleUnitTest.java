package io.beacon.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The SLO burn-rate rules' own unit tests (deploy/prometheus/tests, Prometheus' rule test format) run with
 * promtool: the alerts Beacon is built to receive fire when, and with the labels, the tests say. Skipped without
 * promtool (PROMTOOL_BIN, or promtool on the PATH); .ci/run installs it.
 */
class PrometheusRuleUnitTest {

    static final Path TESTS = Repo.ROOT.resolve("deploy/prometheus/tests");

    @Test
    void everyRuleTestFilePassesUnderPromtool() throws Exception {
        String promtool = promtool();
        assumeTrue(promtool != null, "no promtool (install Debian's prometheus or set PROMTOOL_BIN)");
        List<Path> files;
        try (Stream<Path> listed = Files.list(TESTS)) {
            files = listed.filter(f -> f.toString().endsWith(".yml")).sorted().toList();
        }
        assertThat(files).as("rule test files under %s", TESTS).isNotEmpty();

        List<String> command = new ArrayList<>(List.of(promtool, "test", "rules"));
        files.forEach(f -> command.add(f.toString()));
        Process process = new ProcessBuilder(command).directory(TESTS.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("promtool finished").isTrue();
        System.out.println(output);
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("SUCCESS");
    }

    private static String promtool() throws IOException {
        String configured = System.getenv("PROMTOOL_BIN");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "promtool");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }
}
