package io.beacon.bench;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Alertmanager v4 webhook bodies with distinct alerts: each alert gets a fingerprint of its own, so every one is a
 * new signal on its incident (the incident-service deduplicates on fingerprint, start and status).
 */
final class AlertmanagerWebhook {

    private final long salt = ThreadLocalRandom.current().nextLong() & 0xffff_ffff_0000_0000L;
    private final AtomicLong sequence = new AtomicLong();

    /** One webhook carrying an alert for each service given, in order (a service may repeat). */
    String firing(List<String> services) {
        Instant now = Instant.now();
        String alerts = services.stream().map(s -> alert(s, now)).collect(Collectors.joining(","));
        String first = services.getFirst();
        return """
                {"version":"4","groupKey":"{}:{alertname=\\"BenchmarkBurn\\"}","truncatedAlerts":0,"status":"firing",\
                "receiver":"beacon","groupLabels":{"alertname":"BenchmarkBurn"},\
                "commonLabels":{"alertname":"BenchmarkBurn","severity":"critical"},\
                "commonAnnotations":{"summary":"benchmark alert for %s"},\
                "externalURL":"http://alertmanager.bench:9093","alerts":[%s]}""".formatted(first, alerts);
    }

    private String alert(String service, Instant startsAt) {
        String fingerprint = "%016x".formatted(salt | sequence.incrementAndGet());
        return """
                {"status":"firing","labels":{"alertname":"BenchmarkBurn","service":"%s","severity":"critical",\
                "bench":"%s"},"annotations":{"summary":"%s is burning its error budget (benchmark)"},\
                "startsAt":"%s","endsAt":"0001-01-01T00:00:00Z","generatorURL":"http://prometheus.bench:9090/graph",\
                "fingerprint":"%s"}""".formatted(service, fingerprint, service, startsAt, fingerprint);
    }
}
