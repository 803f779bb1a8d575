package io.beacon.e2e;

import io.beacon.testkit.SlackStandIn;
import tools.jackson.databind.JsonNode;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The pages the Slack stand-in received, counted by outbox key {@code page:<incidentId>:<step>}: one escalation step
 * of one incident. A key counted twice is a page posted twice.
 */
record PagesInSlack(Map<String, Long> postsByKey) {

    static PagesInSlack of(SlackStandIn slack) {
        return new PagesInSlack(slack.calls("chat.postMessage", call -> pageKey(call) != null).stream()
                .collect(Collectors.groupingBy(PagesInSlack::pageKey, TreeMap::new, Collectors.counting())));
    }

    static String key(String incidentId, int step) {
        return "page:" + incidentId + ":" + step;
    }

    long posts(String incidentId, int step) {
        return postsByKey.getOrDefault(key(incidentId, step), 0L);
    }

    /** Pages (incident and step) posted at least once. */
    int seen() {
        return postsByKey.size();
    }

    /** Posts beyond the first of each page. */
    long duplicated() {
        return postsByKey.values().stream().mapToLong(count -> count - 1).sum();
    }

    Map<String, Long> postedMoreThanOnce() {
        return postsByKey.entrySet().stream().filter(entry -> entry.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, Long::sum, TreeMap::new));
    }

    static boolean isPage(SlackStandIn.Call call) {
        return "chat.postMessage".equals(call.method()) && pageKey(call) != null;
    }

    private static String pageKey(SlackStandIn.Call call) {
        JsonNode metadata = call.metadata();
        String key = metadata == null || !"beacon_outbox".equals(metadata.path("event_type").asString(null)) ? null
                : metadata.path("event_payload").path("key").asString(null);
        return key != null && key.startsWith("page:") ? key : null;
    }
}
