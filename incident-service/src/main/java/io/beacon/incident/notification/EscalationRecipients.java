package io.beacon.incident.notification;

import io.beacon.incident.api.EscalationTarget;

import java.util.List;

/**
 * Whom to tell that a commander keeps missing status updates, from the policy's escalation contact: a named person
 * directly (mentioned in the team channel when they can't be written to), a channel as configured (the team's when
 * none is), and for "whoever is on call", whom the event does not name, everyone present in the team channel.
 */
final class EscalationRecipients {

    private EscalationRecipients() {
    }

    /**
     * Whom to tell that {@code commander} keeps missing updates: the policy's contact, unless that is the commander
     * themself, who is nudged already; then everyone in the team channel, so somebody else looks.
     */
    static Recipient of(EscalationTarget contact, String teamChannel, String commander) {
        if (contact.kind() == EscalationTarget.Kind.USER && contact.value() != null
                && contact.value().equalsIgnoreCase(commander)) {
            return Recipient.everyoneIn(teamChannel);
        }
        return of(contact, teamChannel);
    }

    static Recipient of(EscalationTarget contact, String teamChannel) {
        return switch (contact.kind()) {
            case USER -> Recipient.person(contact.value(), teamChannel);
            case CHANNEL -> contact.value() == null || contact.value().equals(teamChannel)
                    ? Recipient.channel(teamChannel, List.of())
                    : Recipient.channel(contact.value(), teamChannel == null ? List.of() : List.of(teamChannel));
            case ON_CALL -> Recipient.everyoneIn(teamChannel);
        };
    }

    /** Stakeholders read updates in the broadcast channel; when it is gone, the team's channel has to do. */
    static Recipient broadcast(String broadcastChannel, String teamChannel) {
        if (broadcastChannel == null || broadcastChannel.isBlank()) {
            return null;
        }
        return Recipient.channel(broadcastChannel, teamChannel == null || teamChannel.equals(broadcastChannel)
                ? List.of() : List.of(teamChannel));
    }
}
