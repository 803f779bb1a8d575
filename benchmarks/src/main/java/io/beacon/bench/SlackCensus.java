package io.beacon.bench;

import io.beacon.testkit.SlackStandIn;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** How many Web API calls of each method the Slack stand-in answered: where the services' Slack work went. */
final class SlackCensus {

    private SlackCensus() {
    }

    static String of(SlackStandIn slack) {
        Map<String, Long> byMethod = new TreeMap<>(slack.calls().stream()
                .collect(Collectors.groupingBy(SlackStandIn.Call::method, Collectors.counting())));
        return byMethod.isEmpty() ? "none" : byMethod.entrySet().stream()
                .map(e -> e.getKey() + " " + String.format(java.util.Locale.ROOT, "%,d", e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
