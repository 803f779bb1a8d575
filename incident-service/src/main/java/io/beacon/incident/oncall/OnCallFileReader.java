package io.beacon.incident.oncall;

import io.beacon.incident.api.Rotation;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the on-call YAML file into an {@link OnCallSchedule}, or explains everything that is wrong with it at once so
 * the person editing it at 3 a.m. fixes it in one go.
 */
public final class OnCallFileReader {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final Pattern SLACK_USER_ID = Pattern.compile("[UW][A-Z0-9]{2,}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern WEEKS = Pattern.compile("P(\\d{1,4})W");

    public OnCallSchedule read(String location, String yaml) {
        List<String> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JacksonException e) {
            throw new InvalidOnCallFile(location, List.of("not valid YAML: " + e.getOriginalMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidOnCallFile(location, List.of("expected a mapping with default-team, teams and services"));
        }
        unknownKeys(root, "", Set.of("default-team", "teams", "services"), problems);
        Map<String, Team> teams = teams(root.path("teams"), problems);
        String defaultTeam = scalar(root.path("default-team"));
        if (defaultTeam == null) {
            problems.add("default-team is missing: it receives the pages of services not listed under services");
        } else if (!teams.containsKey(defaultTeam) && !root.path("teams").has(defaultTeam)) {
            problems.add("default-team '" + defaultTeam + "' is not defined under teams");
        }
        Map<String, String> services = services(root.path("services"), root.path("teams"), problems);
        if (!problems.isEmpty()) {
            throw new InvalidOnCallFile(location, problems);
        }
        return new OnCallSchedule(defaultTeam, teams, services);
    }

    private Map<String, Team> teams(JsonNode teams, List<String> problems) {
        Map<String, Team> result = new LinkedHashMap<>();
        if (!teams.isObject() || teams.isEmpty()) {
            problems.add("teams is missing or empty: define at least the default team");
            return result;
        }
        for (Map.Entry<String, JsonNode> entry : teams.properties()) {
            Team team = team(entry.getKey(), entry.getValue(), problems);
            if (team != null) {
                result.put(team.name(), team);
            }
        }
        return result;
    }

    private Team team(String name, JsonNode node, List<String> problems) {
        String where = "teams." + name;
        if (!node.isObject()) {
            problems.add(where + ": expected a mapping with channel and rotation");
            return null;
        }
        unknownKeys(node, where + ".", Set.of("channel", "rotation", "broadcast-channel", "escalation",
                "resolve-when-alerts-resolve"), problems);
        String channel = scalar(node.path("channel"));
        if (channel == null) {
            problems.add(where + ".channel is missing: the team's pages are posted there");
        }
        Rotation rotation = rotation(where + ".rotation", node.path("rotation"), problems);
        EscalationReader.Escalation escalation = EscalationReader.read(where + ".escalation",
                node.path("escalation"), problems);
        JsonNode autoResolve = node.path("resolve-when-alerts-resolve");
        if (!autoResolve.isMissingNode() && !autoResolve.isBoolean()) {
            problems.add(where + ".resolve-when-alerts-resolve: expected true or false");
        }
        if (channel == null || rotation == null || escalation == null) {
            return null;
        }
        return new Team(name, channel, rotation, scalar(node.path("broadcast-channel")), escalation.levels(),
                escalation.repeat(), autoResolve.asBoolean(false));
    }

    private Rotation rotation(String where, JsonNode node, List<String> problems) {
        if (!node.isObject()) {
            problems.add(where + " is missing: expected start, length and responders");
            return null;
        }
        unknownKeys(node, where + ".", Set.of("start", "length", "responders"), problems);
        Instant start = start(where + ".start", scalar(node.path("start")), problems);
        Duration length = length(where + ".length", scalar(node.path("length")), problems);
        List<String> responders = responders(where + ".responders", node.path("responders"), problems);
        return start == null || length == null || responders.isEmpty() ? null : new Rotation(start, length, responders);
    }

    private static Instant start(String where, String value, List<String> problems) {
        if (value == null) {
            problems.add(where + " is missing: an instant such as 2026-11-02T09:00:00Z");
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(where + ": '" + value + "' is not an instant such as 2026-11-02T09:00:00Z");
            return null;
        }
    }

    static Duration length(String where, String value, List<String> problems) {
        if (value == null) {
            problems.add(where + " is missing: an ISO-8601 duration such as P7D or PT12H");
            return null;
        }
        Duration length;
        try {
            Matcher weeks = WEEKS.matcher(value);
            length = weeks.matches() ? Duration.ofDays(7L * Integer.parseInt(weeks.group(1))) : Duration.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(where + ": '" + value + "' is not an ISO-8601 duration such as P7D or PT12H"
                    + " (months and years have no fixed length)");
            return null;
        }
        if (length.isZero() || length.isNegative()) {
            problems.add(where + ": '" + value + "' must be longer than zero");
            return null;
        }
        return length;
    }

    private static List<String> responders(String where, JsonNode node, List<String> problems) {
        List<String> responders = new ArrayList<>();
        if (!node.isArray() || node.isEmpty()) {
            problems.add(where + " is missing or empty: list Slack user ids (U0123ABC) or emails");
            return responders;
        }
        for (JsonNode item : node) {
            String responder = scalar(item);
            if (responder == null || !(SLACK_USER_ID.matcher(responder).matches() || EMAIL.matcher(responder).matches())) {
                problems.add(where + ": '" + (responder == null ? item : responder)
                        + "' is neither a Slack user id (U0123ABC) nor an email");
            } else {
                responders.add(responder);
            }
        }
        return responders;
    }

    private static Map<String, String> services(JsonNode services, JsonNode teams, List<String> problems) {
        Map<String, String> result = new LinkedHashMap<>();
        if (services.isMissingNode() || services.isNull()) {
            return result;
        }
        if (!services.isObject()) {
            problems.add("services: expected a mapping from service name to team name");
            return result;
        }
        for (Map.Entry<String, JsonNode> entry : services.properties()) {
            String team = scalar(entry.getValue());
            if (team == null) {
                problems.add("services." + entry.getKey() + ": expected a team name");
            } else if (!teams.has(team)) {
                problems.add("services." + entry.getKey() + " names unknown team '" + team + "'");
            } else {
                result.put(entry.getKey(), team);
            }
        }
        return result;
    }

    static void unknownKeys(JsonNode node, String prefix, Set<String> known, List<String> problems) {
        for (String key : node.propertyNames()) {
            if (!known.contains(key)) {
                problems.add(prefix + key + ": unknown key (expected one of "
                        + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    static String scalar(JsonNode node) {
        if (node == null || !node.isValueNode() || node.isNull()) {
            return null;
        }
        String value = node.asString().trim();
        return value.isEmpty() ? null : value;
    }
}
