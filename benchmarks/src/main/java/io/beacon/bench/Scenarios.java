package io.beacon.bench;

import io.beacon.testkit.PrometheusScrape;
import io.beacon.testkit.SlackStandIn;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the raw limits and the scenarios in order on the running platform, each after the previous one's backlog has
 * drained, and turns what they found into the report's rows, notes and plots.
 */
final class Scenarios {

    private static final double MIB = 1024.0 * 1024.0;
    private final BenchOptions options;
    private final Sizes sizes;
    private final Target target;
    private final SlackStandIn slack;
    private final Platform platform;
    private final Path work;
    private final Incidents incidents;
    private final LoadGenerator load;
    private final List<ResultRow> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<RunSummary.Plot> plots = new ArrayList<>();

    Scenarios(BenchOptions options, Target target, SlackStandIn slack, Platform platform, Path work) {
        this.options = options;
        this.sizes = options.sizes();
        this.target = target;
        this.slack = slack;
        this.platform = platform;
        this.work = work;
        this.incidents = new Incidents(target);
        this.load = new LoadGenerator(target);
    }

    RunSummary run(Map<String, Duration> ready) throws Exception {
        String date = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").format(Instant.now().atZone(ZoneOffset.UTC));
        String prefix = Benchmark.runPrefix();
        Benchmark.say("waiting for incident-service to take any signals an earlier run left on Kafka");
        drain("start-up (signals left on Kafka by an earlier run)", Duration.ofMinutes(5));
        BucketHistogram lagBefore = Metrics.histogram(target.scrapeIncidents(), Metrics.DEADLINE_LAG,
                Metrics.ESCALATION);

        Benchmark.say("raw limits: Kafka producer and produce→consume latency");
        KafkaLimits.Figures kafka = new KafkaLimits(target.ports().kafkaBootstrap()).measure(sizes.kafkaWindow());
        rows.add(new ResultRow("raw limit: Kafka producer, 1 KB records, acks=all (platform's broker)",
                Format.number(kafka.recordsPerSecond()) + " records/s", "", "", "", Verdict.INFO));
        rows.add(new ResultRow("raw limit: Kafka produce → consume p99 at 1,000 records/s",
                Format.millis(kafka.produceConsumeP99Seconds()), "", "", "", Verdict.INFO));
        Benchmark.say("raw limit: database commit rate");
        double commits = commitRate();
        String commitLimit = Format.number(commits) + " commits/s (" + databaseName() + ")";
        rows.add(new ResultRow("raw limit: one-row transactions/s over JDBC (" + databaseName() + ")",
                Format.number(commits) + " commits/s", "", "", "", Verdict.INFO));

        // the storm first, on an idle platform (most goals hang on it), then one incident's intake once the storm
        // has drained; the gateway's closed loop last, as its backlog would bill whatever came after it
        if (options.runs("storm")) {
            storm(prefix, kafka, lagBefore);
            drain("the storm", sizes.drainTimeout());
        }
        if (options.runs("intake")) {
            IntakeScenario.Result intake = intake(prefix, commits, commitLimit);
            timeline(intake);
        }
        if (options.runs("gateway")) {
            gateway(prefix, kafka);
            // the gateway's closed loop leaves a backlog on Kafka: the flood's incidents would share the CPU with it
            drain("the gateway run", Duration.ofMinutes(3));
        }
        if (options.runs("flood")) {
            deadlineFlood(prefix);
        }
        ready.forEach((service, took) -> rows.add(ResultRow.of(service + " ready (JVM start → readiness UP)",
                Format.number(took.toMillis() / 1000.0) + " s", "≤ 3 s", took.toMillis() <= 3000)));
        notes.add("Sizes: " + sizes.name() + " set; machine shared with whatever else runs on it: rerun on a quiet "
                + "machine before comparing.");
        return new RunSummary(date, facts(), rows, notes, plots);
    }

    private List<String> facts() {
        return List.of("Machine: " + Machine.describe(),
                "Database: " + databaseName() + "; Kafka: the platform's own broker (./beacon run)",
                "Set: " + (sizes.isQuick() ? "quick (--quick)" : "full") + options.partialSuffix());
    }

    private String databaseName() {
        return options.database().map(d -> "PostgreSQL").orElse("embedded H2 (file)");
    }

    private double commitRate() throws Exception {
        if (options.database().isPresent()) {
            BenchOptions.Database db = options.database().get();
            return CommitRate.measure(db.url(), db.user(), db.password(), sizes.kafkaWindow());
        }
        String h2 = "jdbc:h2:file:" + work.resolve("h2/commit-rate").toAbsolutePath();
        return CommitRate.measure(h2, "sa", "", sizes.kafkaWindow());
    }

    /** Escalation deadlines planned to fall due within the same minute ({@link DeadlineFlood}). */
    private void deadlineFlood(String prefix) throws Exception {
        DeadlineFlood.Plan plan = DeadlineFlood.plan(Benchmark.services(prefix, "dl", sizes.floodServices()),
                sizes.escalationAfter());
        OnCallFile.withFloodTeams(work, sizes, plan);
        Benchmark.say("deadline flood: " + plan.describe());
        DeadlineFlood.Result f = DeadlineFlood.run(target, incidents, load, plan,
                plan.longestAfter().plus(sizes.drainTimeout()).plusMinutes(2));
        double maxLag = f.lag().maxBound();
        boolean allOnTime = f.incidents() == sizes.floodServices() && f.escalated() == f.incidents() && maxLag <= 5;
        rows.add(ResultRow.of("escalation deadlines due together: " + Format.number(f.incidents())
                        + " new incidents' first escalations, due within "
                        + Format.number(f.dueSpread().toMillis() / 1000.0) + " s, at most "
                        + Format.number(f.densestMinute()) + " in one minute (beacon_deadline_lag_seconds)",
                fired(f.escalated(), f.incidents(), f.lag()),
                "10,000 due in one minute, every one within 5 s of due", allOnTime && f.densestMinute() >= 10_000));
        notes.add("Deadline flood: " + plan.describe() + " (sent in " + Format.number(f.sent().toMillis() / 1000.0)
                + " s, split in send order); in fact due within " + Format.number(f.dueSpread().toMillis() / 1000.0)
                + " s from each declaration, " + Format.number(f.densestMinute()) + " within the densest minute"
                + (allOnTime ? ", every one fired within 5 s of due." : ".")
                + (f.densestMinute() >= 10_000 ? "" : " Fewer than 10,000 in one minute means the platform opened "
                + "the incidents more slowly than they were sent."));
        Benchmark.say("deadline flood: " + f.escalated() + " of " + f.incidents() + " escalated, at most "
                + f.densestMinute() + " due in one minute");
    }

    private void gateway(String prefix, KafkaLimits.Figures kafka) throws InterruptedException {
        Benchmark.say("gateway: " + sizes.gatewaySenders() + " senders for " + sizes.gatewayWindow().toSeconds() + " s");
        List<String> services = Benchmark.services(prefix, "tp", 200);
        LoadGenerator.Outcome out = load.closedLoop(sizes.gatewaySenders(), sizes.gatewayWindow(),
                i -> Benchmark.round(services, i));
        double rate = out.acceptedPerSecond();
        rows.add(ResultRow.against("gateway accepted alerts/s, durable before 2xx (" + sizes.gatewaySenders()
                        + " concurrent webhooks of 10)", rate, "alerts/s", kafka.recordsPerSecond(),
                Format.number(kafka.recordsPerSecond()) + " records/s (raw producer)", "≥ 50% of raw producer",
                rate >= 0.5 * kafka.recordsPerSecond() && out.webhooksRefused() == 0));
        if (out.webhooksRefused() > 0) {
            notes.add("Gateway run: " + out.webhooksRefused() + " webhooks answered other than 2xx.");
        }
        Benchmark.say("gateway: " + Format.number(rate) + " alerts/s");
    }

    /**
     * How fast incident-service committed signals on their incidents ({@code beacon_signal_intake_seconds_count}),
     * to tell its Kafka intake apart from its read model (an Axon projection that may trail it).
     */
    private String takenOffKafka(String during, double takenBefore, Instant since) {
        double taken = Metrics.intakeCount(target) - takenBefore;
        double seconds = Duration.between(since, Instant.now()).toNanos() / 1e9;
        return "During " + during + ", incident-service committed " + Format.number(taken) + " signals from Kafka in "
                + Format.number(seconds) + " s (" + Format.number(taken / seconds) + "/s, beacon_signal_intake_seconds)";
    }

    /** Waits (bounded) until incident-service's consumer group has caught up with the signals topic. */
    private void drain(String after, Duration timeout) throws InterruptedException {
        try (ConsumerLag lag = new ConsumerLag(target.ports().kafkaBootstrap())) {
            long behind = lag.awaitCaughtUp(timeout);
            if (behind > 0) {
                notes.add("After " + after + ", incident-service was still " + Format.number(behind)
                        + " signals behind on " + ConsumerLag.TOPIC + " after " + timeout.toSeconds()
                        + " s of waiting: the next scenario ran with that backlog.");
            }
        }
    }

    private IntakeScenario.Result intake(String prefix, double commits, String commitLimit) throws Exception {
        Benchmark.say("intake: one incident grows to " + sizes.intakeSignals() + " signals");
        double takenBefore = Metrics.intakeCount(target);
        Instant began = Instant.now();
        IntakeScenario.Result r = new IntakeScenario(incidents, load, () -> Metrics.intakeCount(target))
                .run(prefix + "-intake-000", sizes.intakeSignals(), 16, sizes.intakeTimeout(), sizes.drainTimeout());
        rows.add(ResultRow.against("intake: distinct signals/s into the read model, one incident growing to "
                        + Format.number(sizes.intakeSignals()) + " signals (first fifth → last fifth: "
                        + Format.number(r.firstFifthRate()) + " → " + Format.number(r.lastFifthRate()) + "/s)",
                r.perSecond(), "signals/s", commits, commitLimit, "≥ 2,000/s, flat (last fifth ≥ 80% of first)",
                r.perSecond() >= 2000 && r.flat() && r.signals() >= sizes.intakeSignals()));
        notes.add(takenOffKafka("the intake scenario", takenBefore, began) + "; the read model showed "
                + Format.number(r.perSecond()) + " signals/s (" + Format.number(r.signals()) + " of "
                + Format.number(sizes.intakeSignals()) + " reached it).");
        new LineChart("Intake rate as one incident grows", "signals on the incident", "signals/s into the read model",
                r.rateBySize(), 2000.0, "goal ≥ 2,000/s")
                .writePng(options.reportFolder().resolve(options.reportName() + "/intake-vs-incident-size.png"));
        plots.add(new RunSummary.Plot("Intake rate against incident size",
                options.reportName() + "/intake-vs-incident-size.png"));
        return r;
    }

    private void timeline(IntakeScenario.Result intake) {
        if (intake.incidentId() == null) {
            rows.add(ResultRow.of("load of an incident's timeline", "no incident", "≤ 20 ms", false));
            return;
        }
        TimelineLoad.Result t = TimelineLoad.measure(target, intake.incidentId(), sizes.timelineLoads());
        if (t.failed() > 0) {
            rows.add(ResultRow.of("load of an incident's timeline (GET …/timeline)", t.failed() + " of "
                    + sizes.timelineLoads() + " loads not answered 2xx (last status " + t.lastStatus()
                    + ", 0 = no answer): no figure", "≤ 20 ms", false));
            return;
        }
        rows.add(ResultRow.of("load of an incident with " + Format.number(t.entries())
                        + " timeline events, the default page of " + t.page() + " (GET …/timeline; median of "
                        + sizes.timelineLoads() + ": first page " + Format.millis(t.firstPageP50()) + ", p95 "
                        + Format.millis(t.firstPageP95()) + "; last page " + Format.millis(t.lastPageP50()) + ", p95 "
                        + Format.millis(t.lastPageP95()) + "; a page of " + TimelineLoad.BIG_PAGE + ": "
                        + Format.millis(t.bigPageP50()) + "; all " + Format.number(t.entries()) + " in "
                        + t.pages() + " pages of 1,000: " + Format.millis(t.walkSeconds()) + ")",
                Format.millis(t.pageP50()), "≤ 20 ms", t.pageP50() <= 0.020));
    }

    private void storm(String prefix, KafkaLimits.Figures kafka, BucketHistogram lagBefore)
            throws InterruptedException {
        Benchmark.say("storm: " + sizes.stormAlerts() + " alerts over " + sizes.stormServices() + " services at "
                + sizes.stormAlertsPerSecond() + "/s");
        PrometheusScrape before = target.scrapeIncidents();
        BucketHistogram pagesBefore = Metrics.histogram(before, Metrics.PAGE_LATENCY, Map.of());
        PageStages stagesBefore = PageStages.of(before);
        double takenBefore = Metrics.intakeCount(target);
        StormScenario.Result s;
        Map<String, Long> pids = new LinkedHashMap<>(platform.pids());
        pids.put(StormNotes.BENCHMARK, ProcessHandle.current().pid());
        try (PageWatcher pages = new PageWatcher(slack, prefix); CpuSampler cpu = new CpuSampler(pids)) {
            s = new StormScenario(target, incidents, load).run(sizes, prefix, pages);
            notes.add(StormNotes.cpu(s, cpu, sizes.stormServices()));
        }
        notes.add(takenOffKafka("the storm and its settle time", takenBefore, s.start()) + ".");
        Map<String, Long> rss = platform.residentBytes();
        PrometheusScrape after = target.scrapeIncidents();
        BucketHistogram pageLatency = Metrics.histogram(after, Metrics.PAGE_LATENCY, Map.of()).since(pagesBefore);
        double p99 = pageLatency.quantile(0.99);
        ResultRow pageRow = ResultRow.against("alert → page, new incident, p99 at "
                        + Format.number(s.outcome().sentPerSecond()) + " alerts/s sent (" + (int) pageLatency.count()
                        + " first pages; beacon_page_latency_seconds)",
                p99 * 1000, "ms", kafka.produceConsumeP99Seconds() * 1000,
                Format.millis(kafka.produceConsumeP99Seconds()) + " (Kafka p99)", "≤ 100 ms", p99 <= 0.100);
        if (pageLatency.beyondLastBucket(0.99)) {
            pageRow = pageRow.failedBecause("> " + Format.millis(p99) + " (beyond the timer's largest bucket)");
        }
        rows.add(pageRow);
        notes.add(PageStages.of(after).since(stagesBefore).note());
        notes.add(StormNotes.pages(s, sizes));
        notes.add("Storm: " + Format.number(s.outcome().alertsSent()) + " alerts sent in "
                + Format.number(s.outcome().elapsed().toMillis() / 1000.0) + " s, "
                + Format.number(s.outcome().alertsAccepted()) + " accepted, " + s.outcome().webhooksRefused()
                + " webhooks refused.");
        boolean stormOk = s.stormIncidents() == sizes.stormServices() && s.allSignalsIn() != null
                && s.allSignalsIn().compareTo(Duration.ofSeconds(60)) <= 0;
        rows.add(ResultRow.of("storm: " + Format.number(sizes.stormAlerts()) + " alerts over "
                        + sizes.stormServices() + " services",
                s.stormIncidents() + " incidents; " + (s.allSignalsIn() == null
                        ? Format.number(s.signalsSeen()) + " of " + Format.number(s.signalsExpected())
                        + " signals on their incidents " + sizes.stormSettle().toSeconds() + " s after the last send"
                        : "all " + Format.number(s.signalsExpected()) + " signals on their incidents "
                        + Format.number(s.allSignalsIn().toMillis() / 1000.0) + " s after the last send"),
                "exactly " + sizes.stormServices() + " incidents, all signals within 60 s", stormOk));
        double readModelRate = s.signalsSeen() / Math.max(0.001,
                Duration.between(s.start(), s.readAt()).toNanos() / 1e9);
        notes.add("Storm intake into the read model: " + Format.number(s.signalsSeen()) + " signals on the storm's "
                + "incidents " + Format.number(Duration.between(s.start(), s.readAt()).toMillis() / 1000.0)
                + " s after the storm began: " + Format.number(readModelRate) + " signals/s across "
                + s.stormIncidents() + " incidents.");
        long total = rss.values().stream().mapToLong(Long::longValue).sum();
        rows.add(ResultRow.of("resident memory after the storm (" + rss.entrySet().stream()
                        .map(e -> e.getKey() + " " + Format.number(e.getValue() / MIB) + " MiB").toList() + ")",
                Format.number(total / MIB) + " MiB", "≤ 1 GiB", total > 0 && total <= 1024 * MIB));
        new LineChart("Alert → page latency of new incidents under the storm", "seconds since the storm began",
                "alert → page (ms, Slack stand-in's clock)", s.pageLatencies(), 100.0, "goal ≤ 100 ms")
                .scatter().writePng(options.reportFolder().resolve(options.reportName() + "/latency-over-time.png"));
        plots.add(0, new RunSummary.Plot("Page latency over time under the storm",
                options.reportName() + "/latency-over-time.png"));
        Benchmark.say("escalations: waiting for every incident's first escalation");
        Escalations.Result e = Escalations.await(target, incidents, s.start(), lagBefore,
                sizes.escalationAfter(), sizes.escalationAfter().plusSeconds(90));
        double maxLag = e.lag().maxBound();
        rows.add(ResultRow.of("escalation deadlines: " + e.incidents() + " incidents' first escalations, due within "
                        + Format.number(e.dueSpread().toMillis() / 1000.0) + " s of each other, fired after due "
                        + "(beacon_deadline_lag_seconds)",
                fired(e.escalated(), e.incidents(), e.lag()),
                "every one within 5 s of due", e.incidents() > 0 && e.escalated() == e.incidents() && maxLag <= 5));
        notes.add("Escalation deadlines under the storm: the " + e.incidents() + " incidents it opens, each with its "
                + "first escalation " + sizes.escalationAfter() + " after opening (the goal's 10,000 due in one "
                + "minute is the deadline flood's row).");
        notes.add("Slack calls the stand-in answered during the run: " + SlackCensus.of(slack) + ".");
    }

    /** "n of m fired; p99 …, max ≤ … s": how the escalation rows tell their deadlines' lateness. */
    private static String fired(int escalated, int incidents, BucketHistogram lag) {
        return escalated + " of " + incidents + " fired; p99 " + Format.millis(lag.quantile(0.99)) + ", max ≤ "
                + Format.number(lag.maxBound()) + " s";
    }
}
