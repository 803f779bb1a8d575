package io.beacon.incident.web.slack;

import com.slack.api.Slack;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import io.beacon.incident.api.IncidentStatus;
import io.beacon.incident.api.StatusLabel;
import io.beacon.incident.incident.IncidentRules;
import io.beacon.slack.SlackProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;

/**
 * Opens the status-update form for a person with {@code views.open}. Slack's trigger id lives 3 s, so the call is
 * made once, at once, without waiting out rate limits (views.open is Tier 4: 100+ a minute); a failure is answered
 * with the inline command to use instead.
 */
final class StatusUpdateForm {

    private static final Logger log = LoggerFactory.getLogger(StatusUpdateForm.class);

    private final Slack slack;
    private final SlackProperties properties;
    private final IncidentRules rules;

    StatusUpdateForm(Slack slack, SlackProperties properties, IncidentRules rules) {
        this.slack = slack;
        this.properties = properties;
        this.rules = rules;
    }

    UpdateIntervals intervals() {
        return UpdateIntervals.of(rules);
    }

    /** No reply when the form opened; otherwise an ephemeral one saying why and what to type instead. */
    SlackReply open(SlackIncident incident, String triggerId) {
        if (triggerId == null || triggerId.isBlank()) {
            return couldNotOpen(incident, "Slack sent no trigger id");
        }
        if (!properties.hasBotToken()) {
            return couldNotOpen(incident, "Beacon has no Slack bot token configured");
        }
        String view = StatusUpdateModal.view(incident, currentLabel(incident.status()), intervals());
        try {
            ViewsOpenResponse response = slack.methods(properties.botToken())
                    .viewsOpen(request -> request.triggerId(triggerId).viewAsString(view));
            if (response.isOk()) {
                return SlackReply.none();
            }
            log.warn("views.open for {} refused: {} {}", incident.id(), response.getError(),
                    response.getResponseMetadata());
            return couldNotOpen(incident, "Slack answered " + response.getError());
        } catch (SlackApiException e) {
            log.warn("views.open for {} failed: HTTP {}", incident.id(), e.getResponse().code());
            return couldNotOpen(incident, "Slack answered HTTP " + e.getResponse().code());
        } catch (IOException e) {
            log.warn("views.open for {} failed: {}", incident.id(), e.toString());
            return couldNotOpen(incident, "Slack could not be reached");
        }
    }

    private static SlackReply couldNotOpen(SlackIncident incident, String why) {
        String reference = incident.reference().startsWith("INC-") ? incident.reference() : "INC-n";
        return SlackReply.ephemeral("Could not open the form: " + SlackEcho.escape(why) + "; use `/incident status "
                + SlackEcho.escape(reference) + " <investigating|identified|monitoring|resolved> <summary…>` instead.");
    }

    private static StatusLabel currentLabel(IncidentStatus status) {
        return switch (status) {
            case INVESTIGATING -> StatusLabel.INVESTIGATING;
            case IDENTIFIED -> StatusLabel.IDENTIFIED;
            case MONITORING -> StatusLabel.MONITORING;
            case null, default -> null;
        };
    }
}
