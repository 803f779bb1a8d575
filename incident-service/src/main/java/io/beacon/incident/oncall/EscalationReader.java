package io.beacon.incident.oncall;

import io.beacon.incident.api.EscalationLevel;
import io.beacon.incident.api.EscalationTarget;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a team's {@code escalation: { levels: [ { notify: on-call | user:<id> | channel[:<id>], after: PT5M } ],
 * repeat: n }}, adding every problem found to the list.
 */
final class EscalationReader {

    record Escalation(List<EscalationLevel> levels, int repeat) {
    }

    private static final Pattern USER = Pattern.compile("user:([UW][A-Z0-9]{2,}|[^@\\s]+@[^@\\s]+\\.[^@\\s]+)");
    private static final Pattern CHANNEL = Pattern.compile("channel(?::([CGD][A-Z0-9]{2,}))?");
    private static final int MAX_REPEAT = 10;

    private EscalationReader() {
    }

    static Escalation read(String where, JsonNode node, List<String> problems) {
        if (node.isMissingNode() || node.isNull()) {
            return new Escalation(Team.DEFAULT_ESCALATION, Team.DEFAULT_REPEAT);
        }
        if (!node.isObject()) {
            problems.add(where + ": expected levels and repeat");
            return null;
        }
        OnCallFileReader.unknownKeys(node, where + ".", Set.of("levels", "repeat"), problems);
        List<EscalationLevel> levels = new ArrayList<>();
        JsonNode items = node.path("levels");
        if (!items.isArray() || items.isEmpty()) {
            problems.add(where + ".levels is missing or empty: list { notify: on-call, after: PT5M } and so on");
        } else {
            for (int i = 0; i < items.size(); i++) {
                EscalationLevel level = level(where + ".levels[" + i + "]", items.get(i), problems);
                if (level != null) {
                    levels.add(level);
                }
            }
        }
        int repeat = repeat(where + ".repeat", node.path("repeat"), problems);
        return levels.size() == items.size() && repeat >= 0 ? new Escalation(levels, repeat) : null;
    }

    private static EscalationLevel level(String where, JsonNode node, List<String> problems) {
        if (!node.isObject()) {
            problems.add(where + ": expected notify and after");
            return null;
        }
        OnCallFileReader.unknownKeys(node, where + ".", Set.of("notify", "after"), problems);
        EscalationTarget target = target(where + ".notify", OnCallFileReader.scalar(node.path("notify")), problems);
        Duration after = OnCallFileReader.length(where + ".after", OnCallFileReader.scalar(node.path("after")),
                problems);
        return target == null || after == null ? null : new EscalationLevel(target, after);
    }

    private static EscalationTarget target(String where, String value, List<String> problems) {
        if (value == null) {
            problems.add(where + " is missing: on-call, user:<Slack user id or email>, or channel");
            return null;
        }
        if (value.equals("on-call")) {
            return EscalationTarget.onCall();
        }
        var user = USER.matcher(value);
        if (user.matches()) {
            return EscalationTarget.user(user.group(1));
        }
        var channel = CHANNEL.matcher(value);
        if (channel.matches()) {
            return EscalationTarget.channel(channel.group(1));
        }
        problems.add(where + ": '" + value + "' is not on-call, user:<Slack user id or email>, channel or "
                + "channel:<channel id>");
        return null;
    }

    private static int repeat(String where, JsonNode node, List<String> problems) {
        if (node.isMissingNode() || node.isNull()) {
            return 0;
        }
        if (!node.canConvertToInt() || !node.isIntegralNumber() || node.asInt() < 0 || node.asInt() > MAX_REPEAT) {
            problems.add(where + ": expected a whole number from 0 to " + MAX_REPEAT);
            return -1;
        }
        return node.asInt();
    }
}
