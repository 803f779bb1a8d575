package io.beacon.e2e;

import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/** A real Prometheus Alertmanager process whose only receiver is Beacon's gateway webhook. */
final class RealAlertmanager implements AutoCloseable {

    private static final JsonMapper json = JsonMapper.builder().build();
    private static final HttpClient http = HttpClient.newHttpClient();
    private final Process process;
    private final int port;

    private RealAlertmanager(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** The binary from ALERTMANAGER_BIN, else Debian's or upstream's name on the PATH, else null. */
    static Path find() {
        String configured = System.getenv("ALERTMANAGER_BIN");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Stream.of(System.getenv("PATH").split(":"))
                .flatMap(dir -> Stream.of(Path.of(dir, "prometheus-alertmanager"), Path.of(dir, "alertmanager")))
                .filter(Files::isExecutable)
                .findFirst().orElse(null);
    }

    static RealAlertmanager start(Path binary, String webhookUrl, String token) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "alertmanager"));
        Path config = dir.resolve("alertmanager.yml");
        Files.writeString(config, """
                route:
                  receiver: beacon
                  group_by: [alertname, service]
                  group_wait: 1s
                  group_interval: 5s
                  repeat_interval: 1m
                receivers:
                  - name: beacon
                    webhook_configs:
                      - url: %s
                        max_alerts: 50
                        http_config:
                          authorization:
                            type: Bearer
                            credentials: %s
                """.formatted(webhookUrl, token));
        int port = E2eServices.freePort();
        Process process = new ProcessBuilder(binary.toString(), "--config.file=" + config.toAbsolutePath(),
                "--storage.path=" + dir.resolve("data").toAbsolutePath(),
                "--web.listen-address=127.0.0.1:" + port, "--cluster.listen-address=")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("alertmanager.log").toFile())
                .start();
        RealAlertmanager alertmanager = new RealAlertmanager(process, port);
        await().atMost(Duration.ofSeconds(30)).until(alertmanager::ready);
        return alertmanager;
    }

    /** Posts a firing alert to Alertmanager's own API, as Prometheus does. */
    void fire(String alertName, Map<String, String> labels, String summary) throws Exception {
        Map<String, Object> alert = Map.of(
                "labels", Stream.concat(labels.entrySet().stream(), Stream.of(Map.entry("alertname", alertName)))
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
                "annotations", Map.of("summary", summary),
                "startsAt", Instant.now().toString());
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v2/alerts"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(List.of(alert)))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Alertmanager refused the alert: " + response.body());
        }
    }

    private boolean ready() {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/-/ready")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        process.destroy();
    }
}
