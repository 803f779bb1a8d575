package io.beacon.postmortem.actionitem.web;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The service's HTTP API as a test calls it: JSON in and out, a bearer token when given. */
record Api(int port) {

    static final JsonMapper json = JsonMapper.builder().build();
    static final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> send(String method, String path, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode get(String path) throws Exception {
        HttpResponse<String> response = send("GET", path, null, null);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    /** Sends and expects {@code status}; answers the body as JSON. */
    JsonNode expect(int status, String method, String path, String body, String token) throws Exception {
        HttpResponse<String> response = send(method, path, body, token);
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(status);
        if (status >= 400) {
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        }
        return response.body().isEmpty() ? null : json.readTree(response.body());
    }

    /** The ids of the items {@code GET /api/action-items?query} lists, in order. */
    List<String> ids(String query) throws Exception {
        List<String> ids = new ArrayList<>();
        get("/api/action-items" + (query.isEmpty() ? "" : "?" + query)).forEach(item -> ids.add(text(item, "id")));
        return ids;
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
