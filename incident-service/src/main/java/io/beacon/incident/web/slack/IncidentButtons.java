package io.beacon.incident.web.slack;

import io.beacon.incident.api.AcknowledgeIncident;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;

import java.util.Map;

/**
 * The buttons on Beacon's messages ({@link SlackActionIds}): acknowledge, post an update (opens the form) and
 * resolve. Slack shows the clicker an error on anything but a prompt 200, so every outcome is answered with 200;
 * messages about the outcome go to the clicker only.
 */
final class IncidentButtons {

    private static final Logger log = LoggerFactory.getLogger(IncidentButtons.class);

    private final CommandGateway commands;
    private final IncidentLookup lookup;
    private final IncidentSlackActions actions;
    private final StatusUpdateForm form;
    private final SlackWork work;
    private final ResponseUrlReplies replies;

    IncidentButtons(CommandGateway commands, IncidentLookup lookup, IncidentSlackActions actions,
                    StatusUpdateForm form, SlackWork work, ResponseUrlReplies replies) {
        this.commands = commands;
        this.lookup = lookup;
        this.actions = actions;
        this.form = form;
        this.work = work;
        this.replies = replies;
    }

    /** Whether this button is one of Beacon's. */
    static boolean handles(String actionId) {
        return SlackActionIds.ACKNOWLEDGE.equals(actionId) || SlackActionIds.POST_UPDATE.equals(actionId)
                || SlackActionIds.RESOLVE.equals(actionId);
    }

    ResponseEntity<?> click(BlockAction action) {
        if (isBlank(action.value()) || isBlank(action.userId())) {
            log.warn("Click on {} without an incident id or user: ignored", action.actionId());
            return ResponseEntity.ok().build();
        }
        return switch (action.actionId()) {
            case SlackActionIds.ACKNOWLEDGE -> acknowledge(action);
            case SlackActionIds.POST_UPDATE -> later(action, () -> form.open(incident(action.value()),
                    action.triggerId()));
            case SlackActionIds.RESOLVE -> later(action, () -> actions.resolve(incident(action.value()), null,
                    action.userId()));
            default -> ResponseEntity.ok().build();
        };
    }

    private ResponseEntity<?> acknowledge(BlockAction action) {
        try {
            commands.sendAndWait(new AcknowledgeIncident(action.value(), action.userId()));
            log.info("Incident {} acknowledged in Slack by {}", action.value(), action.userId());
            return ResponseEntity.ok().build();
        } catch (AggregateNotFoundException e) {
            log.warn("Acknowledge click for unknown incident {} by {}", action.value(), action.userId());
            return ResponseEntity.ok(Map.of(
                    "response_type", "ephemeral",
                    "replace_original", false,
                    "text", "Beacon has no incident with this id any more; nothing was acknowledged."));
        }
    }

    /**
     * Does the click's work within Slack's 3 s and tells the clicker the outcome through the response URL (Slack
     * reads no message from the answer to a click).
     */
    private ResponseEntity<?> later(BlockAction action, java.util.function.Supplier<SlackReply> click) {
        SlackReply outcome = work.answer(() -> {
                    try {
                        return click.get();
                    } catch (RuntimeException e) {
                        return SlackReply.ephemeral(DomainRefusals.explain(e));
                    }
                }, SlackReply.none(), SlackReply.ephemeral("Beacon is too busy right now; please try again."),
                late -> replies.post(action.responseUrl(), asEphemeral(late)));
        replies.post(action.responseUrl(), asEphemeral(outcome));
        return ResponseEntity.ok().build();
    }

    /** A click's outcome is for the clicker; the incident's own messages tell the channel. */
    private static SlackReply asEphemeral(SlackReply reply) {
        return reply.isNone() ? reply : SlackReply.ephemeral(reply.text());
    }

    private SlackIncident incident(String id) {
        return lookup.byId(id).map(SlackIncident::of).orElseGet(() -> SlackIncident.onlyId(id));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
