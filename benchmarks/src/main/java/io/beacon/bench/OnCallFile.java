package io.beacon.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The on-call file the benchmark runs with: one default team, one responder (a Slack member id, so no look-up), and
 * an escalation whose first level waits {@code escalationAfter}, so every incident of the run has one deadline due
 * within the run; the second level waits an hour and never fires. The deadline flood adds teams of its own
 * ({@link #withFloodTeams}); incident-service re-reads the file when it changes.
 */
final class OnCallFile {

    private static final String TEAM = """
              %s:
                channel: C0BENCH
                rotation: { start: 2026-01-05T00:00:00Z, length: P7D, responders: [U0BENCH] }
                escalation:
                  levels:
                    - { notify: on-call, after: %s }
                    - { notify: channel, after: PT1H }
                  repeat: 0
            """;

    private OnCallFile() {
    }

    static Path write(Path dir, Sizes sizes) throws IOException {
        Path file = dir.resolve("oncall.yml");
        Files.writeString(file, base(sizes));
        return file;
    }

    /**
     * Rewrites the file with one more team per group of the flood's plan, {@code flood-<k>}, whose first level waits
     * that group's wait, and each group's services listed under it.
     */
    static void withFloodTeams(Path dir, Sizes sizes, DeadlineFlood.Plan plan) throws IOException {
        List<List<String>> groups = plan.groups();
        List<Duration> afters = plan.afters();
        StringBuilder yaml = new StringBuilder(base(sizes));
        for (int k = 0; k < groups.size(); k++) {
            yaml.append(TEAM.formatted(team(k), afters.get(k)));
        }
        yaml.append("services:\n");
        for (int k = 0; k < groups.size(); k++) {
            for (String service : groups.get(k)) {
                yaml.append("  ").append(service).append(": ").append(team(k)).append('\n');
            }
        }
        Files.writeString(dir.resolve("oncall.yml"), yaml);
    }

    private static String base(Sizes sizes) {
        return "default-team: bench\nteams:\n" + TEAM.formatted("bench", sizes.escalationAfter());
    }

    private static String team(int k) {
        return "flood-%02d".formatted(k);
    }
}
