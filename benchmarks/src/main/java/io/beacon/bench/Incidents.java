package io.beacon.bench;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** incident-service's read model over its REST API ({@code GET /api/incidents}). */
final class Incidents {

    /** The fields of an incident the benchmark checks. */
    record Incident(String id, String service, int signalCount, int escalationStep, Instant declaredAt) {
    }

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private final Target target;

    Incidents(Target target) {
        this.target = target;
    }

    Optional<Incident> ofService(String service) {
        return list("?limit=5&service=" + URLEncoder.encode(service, StandardCharsets.UTF_8)).stream().findFirst();
    }

    /** Incidents declared in [from, to), at most 500 (the API's page). */
    List<Incident> declared(Instant from, Instant to) {
        return list("?limit=500&from=" + from + "&to=" + to);
    }

    private List<Incident> list(String query) {
        Http.Answer answer = target.http().get(target.incidentApi() + query);
        if (!answer.ok()) {
            throw new IllegalStateException("GET /api/incidents" + query + " answered " + answer.status()
                    + ": " + answer.body());
        }
        List<Incident> incidents = new ArrayList<>();
        for (JsonNode node : JSON.readTree(answer.body())) {
            incidents.add(new Incident(node.path("id").asString(), node.path("service").asString(),
                    node.path("signalCount").asInt(), node.path("escalationStep").asInt(),
                    Instant.parse(node.path("declaredAt").asString())));
        }
        return incidents;
    }
}
