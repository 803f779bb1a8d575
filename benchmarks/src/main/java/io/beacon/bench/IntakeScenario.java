package io.beacon.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleSupplier;

/**
 * One incident grows to {@code n} distinct signals: webhooks for one service as fast as the gateway takes them,
 * while the incident's {@code signalCount} in the read model is sampled; the rate is read against the incident's
 * size, to see whether intake slows as the incident grows.
 */
final class IntakeScenario {

    /** The intake rate overall and against the incident's size (x: signals on the incident, y: signals/s). */
    record Result(String incidentId, int signals, double perSecond, List<LineChart.Point> rateBySize,
                  double firstFifthRate, double lastFifthRate, Duration elapsed) {

        boolean flat() {
            return lastFifthRate >= 0.8 * firstFifthRate;
        }
    }

    /** {@code takenOffKafka} is NaN where it was not read: once a second, since each read scrapes incident-service. */
    private record Sample(Instant at, int count, long accepted, double takenOffKafka) {
    }

    private final Incidents incidents;
    private final LoadGenerator load;
    private final DoubleSupplier takenOffKafka;

    IntakeScenario(Incidents incidents, LoadGenerator load, DoubleSupplier takenOffKafka) {
        this.incidents = incidents;
        this.load = load;
        this.takenOffKafka = takenOffKafka;
    }

    /**
     * Sends the {@code n} alerts and samples the incident until it holds them all, or {@code timeout} after it
     * appeared; it may first wait up to {@code backlog} for the incident to appear behind earlier signals.
     */
    Result run(String service, int n, int senders, Duration timeout, Duration backlog) throws InterruptedException {
        int webhooks = n / Sizes.ALERTS_PER_WEBHOOK;
        List<String> batch = Collections.nCopies(Sizes.ALERTS_PER_WEBHOOK, service);
        AtomicInteger next = new AtomicInteger();
        AtomicLong sent = new AtomicLong();
        AtomicLong accepted = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        ExecutorService senderPool = Executors.newVirtualThreadPerTaskExecutor();
        for (int s = 0; s < senders; s++) {
            senderPool.submit(() -> {
                while (next.getAndIncrement() < webhooks) {
                    load.send(batch, sent, accepted, refused);
                }
            });
        }
        senderPool.shutdown();
        List<Sample> samples = new ArrayList<>();
        Instant giveUp = Instant.now().plus(timeout).plus(backlog);
        Optional<Incidents.Incident> incident = Optional.empty();
        int count = 0;
        Instant nextTrace = Instant.now();
        while (count < n && Instant.now().isBefore(giveUp)) {
            boolean appeared = incident.isPresent();
            incident = incidents.ofService(service);
            count = incident.map(Incidents.Incident::signalCount).orElse(0);
            if (!appeared && incident.isPresent()) {
                giveUp = Instant.now().plus(timeout);
            }
            Instant now = Instant.now();
            boolean traced = !now.isBefore(nextTrace) || count >= n;
            if (traced) {
                nextTrace = now.plusSeconds(1);
            }
            samples.add(new Sample(now, count, accepted.get(), traced ? takenOffKafka.getAsDouble() : Double.NaN));
            Thread.sleep(200);
        }
        senderPool.close();
        trace(samples);
        return summarise(incident.map(Incidents.Incident::id).orElse(null), n, samples);
    }

    static Result summarise(String incidentId, int n, List<Sample> samples) {
        List<Sample> growing = samples.stream().filter(s -> s.count() > 0).toList();
        if (growing.size() < 2) {
            return new Result(incidentId, growing.isEmpty() ? 0 : growing.getLast().count(), 0, List.of(), 0, 0,
                    Duration.ZERO);
        }
        Sample first = growing.getFirst();
        Sample last = growing.getLast();
        Duration elapsed = Duration.between(first.at(), last.at());
        double overall = (last.count() - first.count()) / seconds(first.at(), last.at());
        List<LineChart.Point> points = new ArrayList<>();
        Sample from = first;
        int step = Math.max(1, n / 20);
        for (Sample s : growing) {
            if (s.count() - from.count() >= step || s == last) {
                if (s.at().isAfter(from.at()) && s.count() > from.count()) {
                    points.add(new LineChart.Point((from.count() + s.count()) / 2.0,
                            (s.count() - from.count()) / seconds(from.at(), s.at())));
                }
                from = s;
            }
        }
        return new Result(incidentId, last.count(), overall, points, rateWithin(growing, 0, n / 5),
                rateWithin(growing, n - n / 5, n), elapsed);
    }

    /** Signals a second while the incident held between {@code low} and {@code high} signals. */
    private static double rateWithin(List<Sample> samples, int low, int high) {
        Sample from = null;
        Sample to = null;
        for (Sample s : samples) {
            if (from == null && s.count() >= low) {
                from = s;
            }
            if (s.count() <= high) {
                to = s;
            }
        }
        if (from == null || to == null || !to.at().isAfter(from.at())) {
            return 0;
        }
        return (to.count() - from.count()) / seconds(from.at(), to.at());
    }

    /** Where the signals were, second by second: accepted by the gateway, taken off Kafka, in the read model. */
    private static void trace(List<Sample> samples) {
        List<Sample> traced = samples.stream().filter(s -> !Double.isNaN(s.takenOffKafka())).toList();
        if (traced.isEmpty()) {
            return;
        }
        Sample first = traced.getFirst();
        StringBuilder line = new StringBuilder("intake by second (accepted / taken off Kafka / in the read model):");
        for (Sample s : traced) {
            line.append(String.format(" %.1fs %d/%.0f/%d;", seconds(first.at(), s.at()), s.accepted(),
                    s.takenOffKafka() - first.takenOffKafka(), s.count()));
        }
        Benchmark.say(line.toString());
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e9;
    }
}
