package io.beacon.incident.it;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The incident API over real HTTP, as a client holding one bearer token (or none) sees it. */
record ApiClient(int port, String token) {

    static final JsonMapper json = JsonMapper.builder().build();
    private static final HttpClient http = HttpClient.newHttpClient();

    ApiClient as(String otherToken) {
        return new ApiClient(port, otherToken);
    }

    HttpResponse<String> get(String path) throws Exception {
        return send(request(path).GET());
    }

    HttpResponse<String> post(String path, String body) throws Exception {
        return send(request(path).POST(body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> put(String path, String body) throws Exception {
        return send(request(path).PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A GET that must answer 200; its body. */
    JsonNode read(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path + " answered " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    List<JsonNode> list(String query) throws Exception {
        List<JsonNode> result = new ArrayList<>();
        read("/api/incidents" + query).forEach(result::add);
        return result;
    }

    /** The timeline once the first page's delivery is on it: nothing more happens by itself for a while then. */
    List<String> settledTimeline(String id) {
        org.awaitility.Awaitility.await().untilAsserted(() ->
                org.assertj.core.api.Assertions.assertThat(timeline(id)).contains("PAGE_DELIVERED by -"));
        try {
            return timeline(id);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    List<String> timeline(String id) throws Exception {
        List<String> lines = new ArrayList<>();
        read("/api/incidents/" + id + "/timeline").forEach(entry -> lines.add(entry.get("kind").asString() + " by "
                + (entry.get("actor").isNull() ? "-" : entry.get("actor").asString())));
        return lines;
    }

    /** Declares an incident (expecting 201) and answers its id. */
    String declare(String service, String severity) throws Exception {
        HttpResponse<String> response = post("/api/incidents", """
                {"service": "%s", "title": "Checkout fails for some cards", "severity": "%s"}"""
                .formatted(service, severity));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body()).get("id").asString();
    }

    static JsonNode body(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json");
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
