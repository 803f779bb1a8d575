package io.beacon.incident.web.slack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

import java.util.Map;

/**
 * Posts the update a person submitted in the status-update form. Problems are shown under the field they concern
 * ({@code response_action: errors}, the form stays open); a posted update closes the form
 * ({@code response_action: clear}); the update itself reaches the channels through the incident's notifications.
 */
final class StatusUpdateSubmissions {

    private static final Logger log = LoggerFactory.getLogger(StatusUpdateSubmissions.class);

    private final IncidentSlackActions actions;
    private final IncidentLookup lookup;
    private final StatusUpdateForm form;
    private final SlackWork work;

    StatusUpdateSubmissions(IncidentSlackActions actions, IncidentLookup lookup, StatusUpdateForm form,
                            SlackWork work) {
        this.actions = actions;
        this.lookup = lookup;
        this.form = form;
        this.work = work;
    }

    ResponseEntity<?> submit(JsonNode payload) {
        StatusUpdateSubmission update = StatusUpdateSubmission.of(payload, form.intervals());
        if (update.userId() == null) {
            return errors(Map.of(StatusUpdateModal.STATUS, "Slack did not say who you are; nothing was posted."));
        }
        if (!update.valid()) {
            return errors(update.errors());
        }
        Map<String, String> refusal = work.answer(() -> post(update), Map.of(),
                Map.of(StatusUpdateModal.STATUS, "Beacon is too busy right now; please submit again."),
                late -> log.warn("Status update for {} by {} was refused after the form closed: {}",
                        update.incidentId(), update.userId(), late));
        return refusal.isEmpty() ? ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("response_action", "clear")) : errors(refusal);
    }

    /** Sends the update; empty when posted, else the refusal under its field. */
    private Map<String, String> post(StatusUpdateSubmission update) {
        try {
            SlackIncident incident = lookup.byId(update.incidentId()).map(SlackIncident::of)
                    .orElseGet(() -> SlackIncident.onlyId(update.incidentId()));
            actions.postStatus(incident, update.label(), update.summary(), update.impact(), update.nextStep(),
                    update.nextUpdateIn(), update.userId());
            log.info("Status update for {} posted from Slack by {}", update.incidentId(), update.userId());
            return Map.of();
        } catch (RuntimeException e) {
            String why = DomainRefusals.explain(e);
            return Map.of(StatusUpdateSubmission.blockFor(why), why);
        }
    }

    private static ResponseEntity<?> errors(Map<String, String> errors) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("response_action", "errors", "errors", errors));
    }
}
