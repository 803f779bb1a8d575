package io.beacon.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A storm of alerts posted to the gateway's Alertmanager webhook by several sender threads, one alert per webhook,
 * each service's alerts interleaved with the others' and the first sends spread evenly over a period. Like
 * Alertmanager, a sender sends a refused alert (503, or no answer) again a little later, until
 * {@link #stopRetrying()}; a 2xx is final. Every answer is kept for the test to judge.
 */
final class AlertStorm implements AutoCloseable {

    /** Longer than any answer may take: a request still open then is a hang, recorded as status -1. */
    static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    private final URI webhook;
    private final String token;
    private final List<StormAlert> alerts = new ArrayList<>();
    private final ScheduledThreadPoolExecutor senders;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ConcurrentLinkedQueue<StormAnswer> answers = new ConcurrentLinkedQueue<>();
    private final AtomicInteger unfinished = new AtomicInteger();
    private volatile boolean retrying = true;

    AlertStorm(String webhookUrl, String token, int services, int alertsPerService, int senderThreads) {
        this.webhook = URI.create(webhookUrl);
        this.token = token;
        for (int number = 1; number <= alertsPerService; number++) {
            for (int service = 1; service <= services; service++) {
                alerts.add(new StormAlert(service, number));
            }
        }
        this.senders = new ScheduledThreadPoolExecutor(senderThreads);
    }

    /** Schedules every alert's first send, evenly over {@code spread} from now. */
    AlertStorm start(Duration spread) {
        long gapNanos = spread.toNanos() / alerts.size();
        for (int i = 0; i < alerts.size(); i++) {
            schedule(alerts.get(i), gapNanos * i);
        }
        return this;
    }

    /** From now on a refused alert is not sent again (Alertmanager would, at its next tick). */
    void stopRetrying() {
        retrying = false;
    }

    /** Whether every scheduled send has been answered (or has given up). */
    boolean finished() {
        return unfinished.get() == 0;
    }

    List<StormAlert> alerts() {
        return List.copyOf(alerts);
    }

    List<StormAnswer> answers() {
        return List.copyOf(answers);
    }

    /** The alerts answered 2xx at least once: those the gateway promised are durable. */
    Set<StormAlert> accepted() {
        Set<StormAlert> accepted = new LinkedHashSet<>();
        answers.stream().filter(StormAnswer::accepted).forEach(answer -> accepted.add(answer.alert()));
        return accepted;
    }

    private void schedule(StormAlert alert, long delayNanos) {
        unfinished.incrementAndGet();
        senders.schedule(() -> send(alert), delayNanos, TimeUnit.NANOSECONDS);
    }

    private void send(StormAlert alert) {
        try {
            StormAnswer answer = post(alert);
            answers.add(answer);
            if (!answer.accepted() && retrying) {
                schedule(alert, RETRY_AFTER.toNanos());
            }
        } finally {
            unfinished.decrementAndGet();
        }
    }

    private StormAnswer post(StormAlert alert) {
        Instant sentAt = Instant.now();
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(webhook)
                    .timeout(CLIENT_TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString(alert.webhook())).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new StormAnswer(alert, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), sentAt,
                    Duration.ofNanos(System.nanoTime() - start), null);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return new StormAnswer(alert, -1, "", sentAt, Duration.ofNanos(System.nanoTime() - start),
                    e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        senders.shutdownNow();
    }
}
