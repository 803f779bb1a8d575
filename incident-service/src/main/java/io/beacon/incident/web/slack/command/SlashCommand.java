package io.beacon.incident.web.slack.command;

import io.beacon.incident.api.IncidentSeverity;
import io.beacon.incident.api.StatusLabel;

/**
 * One parsed {@code /incident} sub-command. Incidents are named by their number (the {@code n} of {@code INC-n}),
 * taken from the text or from the incident channel's name; free texts are exactly as typed (escape before echoing).
 */
public sealed interface SlashCommand {

    /** {@code help}, or nothing at all. */
    record Help() implements SlashCommand {
    }

    /** {@code declare <service> <SEV1-4> <title…>} */
    record Declare(String service, IncidentSeverity severity, String title) implements SlashCommand {
    }

    /** {@code ack [INC-n]} */
    record Acknowledge(long incident) implements SlashCommand {
    }

    /** {@code commander <@user> [INC-n]}; {@code userId} is a Slack member id ({@code U…} or {@code W…}). */
    record AssignCommander(String userId, long incident) implements SlashCommand {
    }

    /** {@code severity <SEV1-4> [INC-n] [reason…]}; reason may be null. */
    record ChangeSeverity(IncidentSeverity severity, long incident, String reason) implements SlashCommand {
    }

    /** {@code status [INC-n] <label> <summary…>}: an inline status update at the default cadence. */
    record PostStatus(long incident, StatusLabel label, String summary) implements SlashCommand {
    }

    /** {@code update [INC-n]}: open the status-update form. */
    record OpenUpdateForm(long incident) implements SlashCommand {
    }

    /** {@code resolve [INC-n] [summary…]}; summary may be null. */
    record Resolve(long incident, String summary) implements SlashCommand {
    }

    /** {@code reopen [INC-n] [reason…]}; reason may be null. */
    record Reopen(long incident, String reason) implements SlashCommand {
    }
}
