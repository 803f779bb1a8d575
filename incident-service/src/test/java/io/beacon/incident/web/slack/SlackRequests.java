package io.beacon.incident.web.slack;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Sends requests to Beacon as Slack does: form-encoded, signed over the raw body (or deliberately not). */
final class SlackRequests {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final String secret;

    SlackRequests(String baseUrl, String secret) {
        this.baseUrl = baseUrl;
        this.secret = secret;
    }

    /** The fields Slack sends with {@code /incident <text>}. */
    static Map<String, String> command(String text, String channelName, String userId, String responseUrl) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("token", "deprecated-verification-token");
        fields.put("team_id", "T0BEACON");
        fields.put("channel_id", "C0" + Math.abs(channelName.hashCode()));
        fields.put("channel_name", channelName);
        fields.put("user_id", userId);
        fields.put("user_name", userId.toLowerCase());
        fields.put("command", "/incident");
        fields.put("text", text);
        fields.put("response_url", responseUrl);
        fields.put("trigger_id", "trigger-" + Math.abs(text.hashCode()));
        return fields;
    }

    /** Form-encoded like Slack: spaces as {@code +}. */
    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static String interaction(String payloadJson) {
        return "payload=" + URLEncoder.encode(payloadJson, StandardCharsets.UTF_8);
    }

    HttpResponse<String> signed(String path, String body) throws Exception {
        long now = Instant.now().getEpochSecond();
        return post(path, body, String.valueOf(now), SlackSignatures.sign(secret, now, body));
    }

    HttpResponse<String> post(String path, String body, String timestamp, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (timestamp != null) {
            request.header("X-Slack-Request-Timestamp", timestamp);
        }
        if (signature != null) {
            request.header("X-Slack-Signature", signature);
        }
        return http.send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
