package io.beacon.incident.web.slack;

import io.beacon.incident.web.slack.command.SlashCommand;
import io.beacon.incident.web.slack.command.Usage;

/**
 * Carries out one parsed {@code /incident} command for the Slack member who typed it and answers in words; a
 * refusal (bad input, not allowed now, no such incident) becomes an ephemeral explanation, never an error page.
 */
final class SlashCommandHandler {

    private final IncidentSlackActions actions;
    private final IncidentLookup lookup;
    private final StatusUpdateForm form;

    SlashCommandHandler(IncidentSlackActions actions, IncidentLookup lookup, StatusUpdateForm form) {
        this.actions = actions;
        this.lookup = lookup;
        this.form = form;
    }

    /** Who typed the command, and where Slack takes the form and late answers. */
    record Invocation(String userId, String triggerId, String responseUrl) {
    }

    SlackReply handle(SlashCommand command, Invocation invocation) {
        try {
            return carryOut(command, invocation.userId(), invocation.triggerId());
        } catch (RuntimeException e) {
            return SlackReply.ephemeral(DomainRefusals.explain(e));
        }
    }

    private SlackReply carryOut(SlashCommand command, String user, String triggerId) {
        return switch (command) {
            case SlashCommand.Help help -> help();
            case SlashCommand.Declare declare -> actions.declare(declare, user);
            case SlashCommand.Acknowledge ack -> actions.acknowledge(incident(ack.incident()), user);
            case SlashCommand.AssignCommander assign ->
                    actions.assignCommander(incident(assign.incident()), assign.userId(), user);
            case SlashCommand.ChangeSeverity change -> actions.changeSeverity(incident(change.incident()), change, user);
            case SlashCommand.PostStatus status -> actions.postStatus(incident(status.incident()), status.label(),
                    status.summary(), null, null, null, user);
            case SlashCommand.OpenUpdateForm update -> form.open(incident(update.incident()), triggerId);
            case SlashCommand.Resolve resolve -> actions.resolve(incident(resolve.incident()), resolve.summary(), user);
            case SlashCommand.Reopen reopen -> actions.reopen(incident(reopen.incident()), reopen.reason(), user);
        };
    }

    private SlackIncident incident(long number) {
        return SlackIncident.of(lookup.byNumber(number));
    }

    static SlackReply help() {
        StringBuilder text = new StringBuilder("*Run an incident from Slack*\n");
        for (String usage : Usage.ALL) {
            text.append('`').append(SlackEcho.escape(usage)).append("`\n");
        }
        text.append("Without INC-n, commands typed in an incident channel (inc-<n>-<service>) act on its incident.");
        return SlackReply.ephemeral(text.toString());
    }

    /** A command that could not be parsed: what was wrong, its usage line, and where to find the rest. */
    static SlackReply invalid(String problem, String usage) {
        return SlackReply.ephemeral(SlackEcho.escape(problem) + "\nUsage: `" + SlackEcho.escape(usage)
                + "`\nType `/incident help` for every command.");
    }
}
