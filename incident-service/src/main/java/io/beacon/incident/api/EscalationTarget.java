package io.beacon.incident.api;

/**
 * Whom one escalation level pages.
 *
 * @param value ON_CALL: unused; USER: a Slack user id or email; CHANNEL: a channel id, or null for the team's
 */
public record EscalationTarget(Kind kind, String value) {

    public enum Kind { ON_CALL, USER, CHANNEL }

    public static EscalationTarget onCall() {
        return new EscalationTarget(Kind.ON_CALL, null);
    }

    public static EscalationTarget user(String user) {
        return new EscalationTarget(Kind.USER, user);
    }

    public static EscalationTarget channel(String channel) {
        return new EscalationTarget(Kind.CHANNEL, channel);
    }
}
