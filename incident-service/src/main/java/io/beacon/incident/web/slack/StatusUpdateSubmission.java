package io.beacon.incident.web.slack;

import io.beacon.incident.api.StatusLabel;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a person entered in the status-update form ({@code view_submission}), checked field by field so that each
 * problem shows under its field in the form.
 *
 * @param errors block id → what is wrong; empty when the update can be sent
 */
record StatusUpdateSubmission(String incidentId, String userId, StatusLabel label, String summary, String impact,
                              String nextStep, Duration nextUpdateIn, Map<String, String> errors) {

    static StatusUpdateSubmission of(JsonNode payload, UpdateIntervals intervals) {
        JsonNode view = payload.path("view");
        JsonNode values = view.path("state").path("values");
        Map<String, String> errors = new LinkedHashMap<>();
        String incidentId = blankToNull(view.path("private_metadata").asString(null));
        if (incidentId == null) {
            errors.put(StatusUpdateModal.STATUS, "This form lost its incident: close it and use /incident update.");
        }
        StatusLabel label = null;
        String status = selected(values, StatusUpdateModal.STATUS);
        try {
            label = status == null ? null : StatusLabel.valueOf(status);
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (label == null) {
            errors.putIfAbsent(StatusUpdateModal.STATUS, "Choose a status.");
        }
        String summary = typed(values, StatusUpdateModal.SUMMARY);
        if (summary == null) {
            errors.put(StatusUpdateModal.SUMMARY, "Say where things stand in one sentence.");
        } else if (summary.length() > StatusUpdateModal.SUMMARY_MAX) {
            errors.put(StatusUpdateModal.SUMMARY, "At most " + StatusUpdateModal.SUMMARY_MAX + " characters.");
        }
        String impact = typed(values, StatusUpdateModal.IMPACT);
        String nextStep = typed(values, StatusUpdateModal.NEXT_STEP);
        longText(errors, StatusUpdateModal.IMPACT, impact);
        longText(errors, StatusUpdateModal.NEXT_STEP, nextStep);
        String next = selected(values, StatusUpdateModal.NEXT_UPDATE);
        Duration nextUpdateIn = next == null ? intervals.preselected() : intervals.parse(next).orElse(null);
        if (nextUpdateIn == null) {
            errors.put(StatusUpdateModal.NEXT_UPDATE, "Choose one of the intervals offered.");
        }
        return new StatusUpdateSubmission(incidentId, payload.path("user").path("id").asString(null), label,
                summary, impact, nextStep, nextUpdateIn, errors);
    }

    boolean valid() {
        return errors.isEmpty();
    }

    /** Which field a refusal of the domain belongs under. */
    static String blockFor(String refusal) {
        return refusal.toLowerCase(java.util.Locale.ROOT).contains("next update") ? StatusUpdateModal.NEXT_UPDATE
                : StatusUpdateModal.STATUS;
    }

    private static void longText(Map<String, String> errors, String block, String text) {
        if (text != null && text.length() > StatusUpdateModal.TEXT_MAX) {
            errors.put(block, "At most " + StatusUpdateModal.TEXT_MAX + " characters.");
        }
    }

    private static String selected(JsonNode values, String block) {
        return blankToNull(values.path(block).path(block).path("selected_option").path("value").asString(null));
    }

    private static String typed(JsonNode values, String block) {
        return blankToNull(values.path(block).path(block).path("value").asString(null));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
