package io.beacon.gateway;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Real HTTP to the gateway under test, the way Alertmanager sends it (HTTP/1.1, bearer token, JSON). */
public record GatewayHttp(int port) {

    public static final String WEBHOOK = "/webhooks/alertmanager";
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public HttpResponse<String> postWebhook(String json, String token) {
        return post(BodyPublishers.ofString(json), "application/json", "Bearer " + token);
    }

    /** Sent with {@code Transfer-Encoding: chunked}: no Content-Length tells the server how big the body is. */
    public HttpResponse<String> postWebhookChunked(byte[] body, String token) {
        return post(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)), "application/json",
                "Bearer " + token);
    }

    public HttpResponse<String> post(BodyPublisher body, String contentType, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(WEBHOOK))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", contentType)
                .POST(body);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.build());
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20)).GET().build());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
