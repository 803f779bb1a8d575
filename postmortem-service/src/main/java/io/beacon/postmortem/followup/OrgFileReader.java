package io.beacon.postmortem.followup;

import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the org file ({@code BEACON_ORG_FILE}) into an {@link OrgChart}, or explains everything that is wrong with
 * it at once, so whoever edits it fixes it in one go. Only {@code people} is required; {@code follow-up} and
 * {@code priorities} fall back to {@link FollowUpSettings#DEFAULTS} and {@link PriorityDueOffsets#DEFAULTS} key by
 * key.
 */
public final class OrgFileReader {

    private static final Pattern PERSON = Pattern.compile("[UW][A-Z0-9]{2,}|[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern WEEKS = Pattern.compile("P(\\d{1,4})W");

    /** Parses the YAML text, then reads it as {@link #read(String, JsonNode)} does. */
    public OrgChart read(String location, String yaml) {
        return read(location, OrgYaml.parse(location, yaml));
    }

    /** Reads an already parsed tree, for callers that parse YAML themselves. */
    public OrgChart read(String location, JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new InvalidOrgFile(location, List.of("expected a mapping with people, follow-up and priorities"));
        }
        List<String> problems = new ArrayList<>();
        unknownKeys(root, "", Set.of("people", "follow-up", "priorities"), problems);
        Map<String, OrgChart.Person> people = people(root.path("people"), problems);
        new ManagementCycles(people).describe().forEach(problems::add);
        FollowUpSettings settings = settings(root.path("follow-up"), problems);
        PriorityDueOffsets offsets = offsets(root.path("priorities"), problems);
        if (!problems.isEmpty()) {
            throw new InvalidOrgFile(location, problems);
        }
        return new OrgChart(people, settings, offsets);
    }

    private static Map<String, OrgChart.Person> people(JsonNode node, List<String> problems) {
        Map<String, OrgChart.Person> people = new LinkedHashMap<>();
        if (!node.isObject() || node.isEmpty()) {
            problems.add("people is missing or empty: map each Slack user id to { manager: <user id>, team: <name> }");
            return people;
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String id = entry.getKey();
            String where = "people." + id;
            JsonNode person = entry.getValue();
            if (!PERSON.matcher(id).matches()) {
                problems.add(where + ": '" + id + "' is neither a Slack user id (U0123ABC) nor an email");
            }
            if (person.isNull()) {
                people.put(id, new OrgChart.Person(id, null, null));
                continue;
            }
            if (!person.isObject()) {
                problems.add(where + ": expected a mapping with manager and team");
                continue;
            }
            unknownKeys(person, where + ".", Set.of("manager", "team"), problems);
            people.put(id, new OrgChart.Person(id, scalar(person.path("manager")), scalar(person.path("team"))));
        }
        people.values().stream()
                .filter(p -> p.manager() != null && !people.containsKey(p.manager()) && node.has(p.id()))
                .forEach(p -> problems.add("people." + p.id() + ".manager '" + p.manager()
                        + "' is not a person in this file: add them under people"));
        return people;
    }

    private static FollowUpSettings settings(JsonNode node, List<String> problems) {
        FollowUpSettings defaults = FollowUpSettings.DEFAULTS;
        if (node.isMissingNode() || node.isNull()) {
            return defaults;
        }
        if (!node.isObject()) {
            problems.add("follow-up: expected a mapping with remind-before-due, grace-after-due, escalate-every"
                    + " and publish-within");
            return defaults;
        }
        unknownKeys(node, "follow-up.", Set.of("remind-before-due", "grace-after-due", "escalate-every",
                "publish-within"), problems);
        Duration remind = duration(node, "follow-up.", "remind-before-due", defaults.remindBeforeDue(), problems);
        Duration grace = duration(node, "follow-up.", "grace-after-due", defaults.graceAfterDue(), problems);
        Duration every = duration(node, "follow-up.", "escalate-every", defaults.escalateEvery(), problems);
        Duration publish = duration(node, "follow-up.", "publish-within", defaults.publishWithin(), problems);
        return remind == null || grace == null || every == null || publish == null
                ? defaults : new FollowUpSettings(remind, grace, every, publish);
    }

    private static PriorityDueOffsets offsets(JsonNode node, List<String> problems) {
        if (node.isMissingNode() || node.isNull()) {
            return PriorityDueOffsets.DEFAULTS;
        }
        if (!node.isObject()) {
            problems.add("priorities: expected a mapping such as { P1: P7D, P2: P30D, P3: P90D }");
            return PriorityDueOffsets.DEFAULTS;
        }
        unknownKeys(node, "priorities.", Set.of("P1", "P2", "P3"), problems);
        Map<Priority, Duration> offsets = new EnumMap<>(Priority.class);
        for (Priority priority : Priority.values()) {
            Duration offset = duration(node, "priorities.", priority.name(), priority.defaultDueOffset(), problems);
            if (offset == null) {
                return PriorityDueOffsets.DEFAULTS;
            }
            offsets.put(priority, offset);
        }
        if (offsets.get(Priority.P1).compareTo(offsets.get(Priority.P2)) > 0
                || offsets.get(Priority.P2).compareTo(offsets.get(Priority.P3)) > 0) {
            problems.add("priorities: a more urgent priority must not get longer than a less urgent one (P1 <= P2 <= P3)");
        }
        return new PriorityDueOffsets(offsets);
    }

    /** The duration under {@code key}, its default when absent, or null (with a problem added) when it is bad. */
    private static Duration duration(JsonNode parent, String prefix, String key, Duration fallback,
                                     List<String> problems) {
        JsonNode node = parent.path(key);
        if (node.isMissingNode() || node.isNull()) {
            return fallback;
        }
        String value = scalar(node);
        String where = prefix + key;
        Duration duration;
        try {
            Matcher weeks = WEEKS.matcher(value == null ? "" : value);
            duration = weeks.matches() ? Duration.ofDays(7L * Integer.parseInt(weeks.group(1)))
                    : Duration.parse(value == null ? "" : value);
        } catch (DateTimeParseException e) {
            problems.add(where + ": '" + (value == null ? node : value) + "' is not an ISO-8601 duration such as"
                    + " P1D, PT12H or PT5S (months and years have no fixed length)");
            return null;
        }
        if (duration.isZero() || duration.isNegative()) {
            problems.add(where + ": '" + value + "' must be longer than zero");
            return null;
        }
        return duration;
    }

    private static void unknownKeys(JsonNode node, String prefix, Set<String> known, List<String> problems) {
        for (String key : node.propertyNames()) {
            if (!known.contains(key)) {
                problems.add(prefix + key + ": unknown key (expected one of "
                        + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    private static String scalar(JsonNode node) {
        if (node == null || !node.isValueNode() || node.isNull()) {
            return null;
        }
        String value = node.asString().trim();
        return value.isEmpty() ? null : value;
    }
}
