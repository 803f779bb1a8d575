package io.beacon.incident.it;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document served at {@code /v3/api-docs} describes every endpoint of the API and its bearer scheme. */
class IncidentApiDocsIntegrationTest extends ApiIntegrationTest {

    static final Map<String, Set<String>> ENDPOINTS = Map.of(
            "/api/incidents", Set.of("get", "post"),
            "/api/incidents/{id}", Set.of("get"),
            "/api/incidents/{id}/timeline", Set.of("get"),
            "/api/incidents/{id}/acknowledgement", Set.of("post"),
            "/api/incidents/{id}/commander", Set.of("put"),
            "/api/incidents/{id}/severity", Set.of("put"),
            "/api/incidents/{id}/status-updates", Set.of("post"),
            "/api/incidents/{id}/resolution", Set.of("post"),
            "/api/incidents/{id}/reopening", Set.of("post"));

    @Test
    void theDocumentListsEveryEndpointAndSaysWhichNeedABearerToken() throws Exception {
        JsonNode docs = anonymous.read("/v3/api-docs");

        JsonNode paths = docs.get("paths");
        ENDPOINTS.forEach((path, methods) -> {
            assertThat(paths.has(path)).as(path).isTrue();
            for (String method : methods) {
                JsonNode operation = paths.get(path).get(method);
                assertThat(operation).as(method + " " + path).isNotNull();
                boolean secured = operation.has("security") && operation.get("security").toString().contains("bearer");
                assertThat(secured).as(method + " " + path + " needs a token").isEqualTo(!method.equals("get"));
            }
        });
        JsonNode scheme = docs.at("/components/securitySchemes/bearer");
        assertThat(scheme.get("type").asString()).isEqualTo("http");
        assertThat(scheme.get("scheme").asString()).isEqualTo("bearer");
    }

    @Test
    void noRequestBodyNamesAnActorTheTokenDoes() throws Exception {
        JsonNode schemas = anonymous.read("/v3/api-docs").at("/components/schemas");

        for (String body : Set.of("Declaration", "CommanderAssignment", "SeverityChange", "StatusUpdate", "Resolution",
                "Reopening")) {
            assertThat(schemas.has(body)).as(body).isTrue();
            assertThat(schemas.get(body).get("properties").properties()).extracting(Map.Entry::getKey)
                    .as(body).isNotEmpty().noneMatch(name -> name.endsWith("By"));
        }
    }
}
