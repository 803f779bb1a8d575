package io.beacon.e2e;

import io.beacon.platform.launch.ServiceProcess;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What incident-service shows of a storm, read over its HTTP API only: each storm service's incidents, and how many
 * times each storm alert's id appears on those incidents' timelines (the DECLARED entry of the alert that opened the
 * incident, a SIGNAL entry for each later one).
 */
record StormLedger(Map<String, List<Incident>> incidentsByService, Map<String, Integer> signalEntriesByAlertId) {

    /** The signal that opens an incident is its DECLARED entry (the title is its summary); later ones are SIGNALs. */
    private static final java.util.Set<String> SIGNAL_KINDS = java.util.Set.of("DECLARED", "SIGNAL");
    private static final Pattern ALERT_ID = Pattern.compile("\\[storm-\\d{2}/\\d{3}]");
    private static final JsonMapper json = JsonMapper.builder().build();
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** One incident of a storm service, as the API lists it. */
    record Incident(String id, String service, java.time.Instant declaredAt) {
    }

    static StormLedger read(ServiceProcess incidents, List<String> services) throws Exception {
        Map<String, List<Incident>> byService = new TreeMap<>();
        Map<String, Integer> entries = new HashMap<>();
        for (String service : services) {
            List<Incident> found = new ArrayList<>();
            for (JsonNode incident : get(incidents.url("/api/incidents?service=" + service))) {
                found.add(new Incident(incident.get("id").asString(), service,
                        java.time.Instant.parse(incident.get("declaredAt").asString())));
            }
            byService.put(service, found);
            for (Incident incident : found) {
                for (JsonNode entry : FaultProbe.timeline(incidents, incident.id(), null)) {
                    if (SIGNAL_KINDS.contains(entry.get("kind").asString())) {
                        Matcher id = ALERT_ID.matcher(entry.get("detail").asString());
                        while (id.find()) {
                            entries.merge(id.group(), 1, Integer::sum);
                        }
                    }
                }
            }
        }
        return new StormLedger(byService, entries);
    }

    boolean landed(StormAlert alert) {
        return signalEntriesByAlertId.getOrDefault(alert.id(), 0) > 0;
    }

    /** Incidents beyond one per service. */
    int extraIncidents() {
        return incidentsByService.values().stream().mapToInt(list -> Math.max(0, list.size() - 1)).sum();
    }

    /** Timeline entries of an alert beyond its first. */
    int repeatedEntries() {
        return signalEntriesByAlertId.values().stream().mapToInt(count -> Math.max(0, count - 1)).sum();
    }

    List<Incident> incidents() {
        return incidentsByService.values().stream().flatMap(List::stream).toList();
    }

    private static JsonNode get(String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body());
    }
}
