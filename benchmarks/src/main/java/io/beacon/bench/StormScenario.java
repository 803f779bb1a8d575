package io.beacon.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * The storm: {@code stormAlerts} distinct alerts over {@code stormServices} services, ten a webhook, at a steady
 * {@code stormAlertsPerSecond} (open loop). Every service gets its first alert in the first few webhooks, so all its
 * incidents open, and their first escalations fall due, together. Beside the storm, a probe service with one alert
 * every {@code probeEvery} opens a new incident under full load: the page latency over time.
 */
final class StormScenario {

    /**
     * What the storm found; {@code allSignalsIn} is null when the read model never caught up within the settle.
     * Page latencies by the Slack stand-in's clock, all of them and by kind: the storm services' (opened together)
     * and the probes' (one at a time under the storm); {@code stormPagedAt}: when the last storm service's first page
     * reached the stand-in (null if one never did).
     */
    record Result(LoadGenerator.Outcome outcome, Instant start, Instant lastSend, int stormIncidents,
                  long signalsSeen, long signalsExpected, Duration allSignalsIn, List<LineChart.Point> pageLatencies,
                  List<Double> stormPageSeconds, List<LineChart.Point> probePages, Instant stormPagedAt,
                  Instant readAt) {

        /** Every first page's latency in seconds, storm services' and probes'. */
        List<Double> pageLatencySeconds() {
            return pageLatencies.stream().map(p -> p.y() / 1000).toList();
        }

        /** The probes' page latencies in seconds. */
        List<Double> probePageSeconds() {
            return probeLatenciesSentAfter(Double.NEGATIVE_INFINITY);
        }

        /** The page latencies of the probes sent {@code seconds} or more after the storm began. */
        List<Double> probeLatenciesSentAfter(double seconds) {
            return probePages.stream().filter(p -> p.x() >= seconds).map(p -> p.y() / 1000).toList();
        }
    }

    private final Target target;
    private final Incidents incidents;
    private final LoadGenerator load;

    StormScenario(Target target, Incidents incidents, LoadGenerator load) {
        this.target = target;
        this.incidents = incidents;
        this.load = load;
    }

    Result run(Sizes sizes, String prefix, PageWatcher pages) throws InterruptedException {
        List<String> services = IntStream.range(0, sizes.stormServices())
                .mapToObj(i -> "%s-storm-%03d".formatted(prefix, i)).toList();
        Map<String, Instant> firstSent = new ConcurrentHashMap<>();
        int webhooks = sizes.stormAlerts() / Sizes.ALERTS_PER_WEBHOOK;
        int perSecond = sizes.stormAlertsPerSecond() / Sizes.ALERTS_PER_WEBHOOK;
        Instant start = Instant.now();
        Thread probes = Thread.ofVirtual().start(() -> probe(sizes, prefix, firstSent));
        LoadGenerator.Outcome outcome = load.openLoop(perSecond, webhooks, i -> {
            List<String> batch = new ArrayList<>(Sizes.ALERTS_PER_WEBHOOK);
            for (int k = 0; k < Sizes.ALERTS_PER_WEBHOOK; k++) {
                String service = services.get((i * Sizes.ALERTS_PER_WEBHOOK + k) % services.size());
                firstSent.putIfAbsent(service, Instant.now());
                batch.add(service);
            }
            return batch;
        });
        probes.interrupt();
        probes.join();
        Instant lastSend = Instant.now();
        long expected = outcome.alertsAccepted();
        // the read model: every storm signal on its incident, within the settle time after the last send
        Duration allIn = null;
        int stormIncidents = 0;
        long seen = 0;
        Instant giveUp = lastSend.plus(sizes.stormSettle());
        Instant readAt;
        while (true) {
            readAt = Instant.now();
            List<Incidents.Incident> declared = incidents.declared(start.minusSeconds(1), Instant.now().plusSeconds(60))
                    .stream().filter(inc -> inc.service().startsWith(prefix + "-storm-")).toList();
            stormIncidents = declared.size();
            seen = declared.stream().mapToLong(Incidents.Incident::signalCount).sum();
            if (seen >= expected) {
                allIn = Duration.between(lastSend, readAt);
                break;
            }
            if (Instant.now().isAfter(giveUp)) {
                break;
            }
            Thread.sleep(500);
        }
        Thread.sleep(1000); // pages still in flight reach the stand-in
        Map<String, Instant> paged = pages.firstPages();
        List<LineChart.Point> points = new ArrayList<>();
        List<Double> storm = new ArrayList<>();
        List<LineChart.Point> probed = new ArrayList<>();
        new HashMap<>(firstSent).forEach((service, sent) -> {
            Instant at = paged.get(service);
            if (at != null) {
                double seconds = Duration.between(sent, at).toNanos() / 1e9;
                LineChart.Point point = new LineChart.Point(Duration.between(start, sent).toNanos() / 1e9,
                        seconds * 1000);
                points.add(point);
                if (service.contains("-probe-")) {
                    probed.add(point);
                } else {
                    storm.add(seconds);
                }
            }
        });
        points.sort(java.util.Comparator.comparingDouble(LineChart.Point::x));
        Instant stormPagedAt = services.stream().allMatch(paged::containsKey)
                ? services.stream().map(paged::get).max(Instant::compareTo).orElse(null) : null;
        return new Result(outcome, start, lastSend, stormIncidents, seen, expected, allIn, points, storm, probed,
                stormPagedAt, readAt);
    }

    /** A new service every {@code probeEvery} while the storm lasts, each opening an incident. */
    private void probe(Sizes sizes, String prefix, Map<String, Instant> firstSent) {
        AtomicLong ignored = new AtomicLong();
        for (int k = 0; ; k++) {
            try {
                Thread.sleep(sizes.probeEvery());
            } catch (InterruptedException e) {
                return;
            }
            String service = "%s-probe-%03d".formatted(prefix, k);
            Thread.ofVirtual().start(() -> firstSent.put(service,
                    load.send(List.of(service), ignored, ignored, ignored)));
        }
    }
}
