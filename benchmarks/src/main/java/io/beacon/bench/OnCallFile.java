package io.beacon.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The on-call file the benchmark runs with: one default team, one responder (a Slack member id, so no look-up), and
 * an escalation whose first level waits {@code escalationAfter}, so every incident of the run has one deadline due
 * within the run; the second level waits an hour and never fires.
 */
final class OnCallFile {

    private OnCallFile() {
    }

    static Path write(Path dir, Sizes sizes) throws IOException {
        Path file = dir.resolve("oncall.yml");
        Files.writeString(file, """
                default-team: bench
                teams:
                  bench:
                    channel: C0BENCH
                    rotation: { start: 2026-01-05T00:00:00Z, length: P7D, responders: [U0BENCH] }
                    escalation:
                      levels:
                        - { notify: on-call, after: %s }
                        - { notify: channel, after: PT1H }
                      repeat: 0
                """.formatted(sizes.escalationAfter()));
        return file;
    }
}
