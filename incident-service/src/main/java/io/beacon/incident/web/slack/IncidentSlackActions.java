package io.beacon.incident.web.slack;

import io.beacon.incident.api.AcknowledgeIncident;
import io.beacon.incident.api.AssignCommander;
import io.beacon.incident.api.DeclareIncident;
import io.beacon.incident.api.IncidentAcknowledged;
import io.beacon.incident.api.IncidentAlreadyOpen;
import io.beacon.incident.api.IncidentStatus;
import io.beacon.incident.api.PostStatusUpdate;
import io.beacon.incident.api.ReopenIncident;
import io.beacon.incident.api.ResolveIncident;
import io.beacon.incident.api.StatusLabel;
import io.beacon.incident.query.IncidentSummary;
import io.beacon.incident.web.slack.command.SlashCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.time.Duration;
import java.util.Optional;

/**
 * What people do to incidents from Slack, as domain commands with the Slack member as the actor, each answered in
 * words. Refusals are left to the caller ({@link DomainRefusals}); only "already open" gets its own answer, since it
 * points at the incident to work on instead.
 */
final class IncidentSlackActions {

    static final Duration READ_MODEL_WAIT = Duration.ofSeconds(1);

    private final CommandGateway commands;
    private final IncidentLookup lookup;

    IncidentSlackActions(CommandGateway commands, IncidentLookup lookup) {
        this.commands = commands;
        this.lookup = lookup;
    }

    SlackReply declare(SlashCommand.Declare declare, String user) {
        String incidentId;
        try {
            incidentId = commands.sendAndWait(DeclareIncident.forService(declare.service(), declare.title(),
                    declare.severity(), user));
        } catch (RuntimeException e) {
            Optional<IncidentAlreadyOpen> open = alreadyOpen(e);
            if (open.isEmpty()) {
                throw e;
            }
            return alreadyOpen(declare.service(), open.get().incidentId());
        }
        String what = "a *" + declare.severity() + "* incident";
        String reference = lookup.awaitById(incidentId, READ_MODEL_WAIT)
                .map(summary -> " *" + SlackEcho.escape(summary.getReference()) + "*").orElse("");
        return SlackReply.inChannel(SlackEcho.person(user) + " declared " + what + reference + " for *"
                + SlackEcho.escape(declare.service()) + "*: " + SlackEcho.escape(declare.title()));
    }

    SlackReply acknowledge(SlackIncident incident, String user) {
        IncidentAcknowledged ack = commands.sendAndWait(new AcknowledgeIncident(incident.id(), user));
        if (ack != null && !user.equals(ack.acknowledgedBy())) {
            return SlackReply.ephemeral(incident.named() + " was already acknowledged by "
                    + SlackEcho.person(ack.acknowledgedBy()) + ".");
        }
        return SlackReply.inChannel(SlackEcho.person(user) + " acknowledged " + incident.named() + ".");
    }

    SlackReply assignCommander(SlackIncident incident, String commander, String user) {
        commands.sendAndWait(new AssignCommander(incident.id(), commander, user));
        return SlackReply.inChannel(SlackEcho.person(commander) + " is the commander of " + incident.named()
                + " (set by " + SlackEcho.person(user) + ").");
    }

    SlackReply changeSeverity(SlackIncident incident, SlashCommand.ChangeSeverity change, String user) {
        commands.sendAndWait(new io.beacon.incident.api.ChangeSeverity(incident.id(), change.severity(), user,
                change.reason()));
        return SlackReply.inChannel(SlackEcho.person(user) + " set " + incident.named() + " to *"
                + change.severity() + "*" + (change.reason() == null ? "." : ": " + SlackEcho.escape(change.reason())));
    }

    SlackReply postStatus(SlackIncident incident, StatusLabel label, String summary, String impact, String nextStep,
                          Duration nextUpdateIn, String user) {
        commands.sendAndWait(new PostStatusUpdate(incident.id(), label, summary, impact, nextStep, nextUpdateIn,
                user));
        return SlackReply.inChannel(SlackEcho.person(user) + " posted an update to " + incident.named() + ": *"
                + label.label() + "*: " + SlackEcho.escape(summary));
    }

    SlackReply resolve(SlackIncident incident, String summary, String user) {
        if (incident.status() == IncidentStatus.RESOLVED) {
            return SlackReply.ephemeral(incident.named() + " is already resolved.");
        }
        commands.sendAndWait(new ResolveIncident(incident.id(), user, summary));
        return SlackReply.inChannel(SlackEcho.person(user) + " resolved " + incident.named()
                + (summary == null ? "." : ": " + SlackEcho.escape(summary)));
    }

    SlackReply reopen(SlackIncident incident, String reason, String user) {
        commands.sendAndWait(new ReopenIncident(incident.id(), user, reason));
        return SlackReply.inChannel(SlackEcho.person(user) + " reopened " + incident.named()
                + (reason == null ? "." : ": " + SlackEcho.escape(reason)));
    }

    private SlackReply alreadyOpen(String service, String incidentId) {
        Optional<IncidentSummary> open = lookup.byId(incidentId);
        String reference = open.map(IncidentSummary::getReference).orElse("INC-n");
        String named = open.map(summary -> SlackIncident.of(summary).named()).orElse("an incident");
        return SlackReply.ephemeral("*" + SlackEcho.escape(service) + "* already has an open incident: " + named
                + ". Work on that one, e.g. `/incident status " + SlackEcho.escape(reference)
                + " investigating <summary>`, or resolve it first.");
    }

    private static Optional<IncidentAlreadyOpen> alreadyOpen(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IncidentAlreadyOpen open) {
                return Optional.of(open);
            }
        }
        return Optional.empty();
    }
}
