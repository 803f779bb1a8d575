package io.beacon.bench;

import io.beacon.testkit.SlackStandIn;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The benchmark command. Starts the platform with {@code ./beacon run} against the Slack stand-in, measures the
 * raw limits and the scenarios of issue 8, stops the platform and writes {@code docs/benchmarks.md} with its plots
 * ({@code docs/benchmarks-postgresql.md} when incident-service ran on PostgreSQL).
 * Usage: {@code java -jar benchmarks/target/benchmarks.jar [--quick] [--only storm,…] [--database-url
 * jdbc:postgresql://…]} ({@link BenchOptions}).
 */
public final class Benchmark {

    static final String GATEWAY_TOKEN_DEFAULT = "beacon-local-token";

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        BenchOptions options;
        try {
            options = BenchOptions.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Path work = options.root().resolve("benchmarks/target/bench");
        Files.createDirectories(work);
        Instant began = Instant.now();
        RunSummary summary;
        try (SlackStandIn slack = SlackStandIn.start()) {
            Map<String, String> env = environment(options, slack, OnCallFile.write(work, options.sizes()));
            Ports ports = Ports.from(System.getenv());
            String token = Optional.ofNullable(System.getenv("ALERT_GATEWAY_TOKEN"))
                    .map(t -> t.split(",")[0].strip()).filter(t -> !t.isEmpty()).orElse(GATEWAY_TOKEN_DEFAULT);
            Http http = new Http();
            Target target = new Target(http, ports, token, new AlertmanagerWebhook());
            say("starting the platform: ./beacon run (output in " + work.resolve("beacon-run.log") + ")");
            try (Platform platform = Platform.start(options.root(), env, work.resolve("beacon-run.log"))) {
                Map<String, Duration> ready = platform.awaitReady(ports, http, Duration.ofMinutes(10));
                say("ready: " + ready);
                summary = new Scenarios(options, target, slack, platform, work).run(ready);
                say("stopping the platform");
            }
        }
        Path docs = options.reportFolder();
        Files.createDirectories(docs);
        Path report = docs.resolve(options.reportName() + ".md");
        Optional<String> previous = Files.exists(report) ? Optional.of(Files.readString(report)) : Optional.empty();
        Files.writeString(report, MarkdownReport.render(summary, previous));
        say("wrote " + report + " in " + Duration.between(began, Instant.now()).toSeconds() + " s");
        System.out.println(MarkdownReport.table(summary.rows()));
    }

    private static Map<String, String> environment(BenchOptions options, SlackStandIn slack, Path onCallFile) {
        Map<String, String> env = new HashMap<>();
        env.put("SLACK_API_URL", slack.apiUrl());
        env.put("SLACK_BOT_TOKEN", "xoxb-beacon-benchmark");
        env.put("SLACK_SIGNING_SECRET", "beacon-benchmark-signing-secret");
        // a loaded machine may take minutes to start three JVMs: wait for it rather than fail the run
        env.putIfAbsent("BEACON_READY_TIMEOUT", System.getenv().getOrDefault("BEACON_READY_TIMEOUT", "600"));
        env.put("BEACON_ONCALL_FILE", "file:" + onCallFile.toAbsolutePath());
        options.database().ifPresent(db -> {
            env.put("BEACON_INCIDENT_DATABASE_URL", db.url());
            env.put("BEACON_INCIDENT_DATABASE_USER", db.user());
            env.put("BEACON_INCIDENT_DATABASE_PASSWORD", db.password());
        });
        return env;
    }

    static void say(String line) {
        System.out.println("[bench " + DateTimeFormatter.ISO_LOCAL_TIME.format(
                Instant.now().atZone(ZoneOffset.UTC).toLocalTime().withNano(0)) + "] " + line);
    }

    /** A short name unique to this run, so its services open fresh incidents whatever earlier runs left open. */
    static String runPrefix() {
        return "b" + Long.toString(Instant.now().getEpochSecond() % 60_466_176L, 36);
    }

    static List<String> services(String prefix, String kind, int count) {
        return IntStream.range(0, count).mapToObj(i -> "%s-%s-%03d".formatted(prefix, kind, i)).toList();
    }

    static List<String> round(List<String> services, int webhook) {
        List<String> batch = new ArrayList<>(Sizes.ALERTS_PER_WEBHOOK);
        for (int k = 0; k < Sizes.ALERTS_PER_WEBHOOK; k++) {
            batch.add(services.get((webhook * Sizes.ALERTS_PER_WEBHOOK + k) % services.size()));
        }
        return batch;
    }
}
