package io.beacon.incident.incident;

import io.beacon.incident.api.PostStatusUpdate;
import io.beacon.incident.api.StatusLabel;

import java.time.Duration;

/** A status update checked against the rules: what a commander must say, and within which limits. */
record StatusUpdate(String summary, String impact, String nextStep, Duration nextUpdateIn, boolean resolves) {

    static final int SUMMARY_MAX = 500;
    static final int TEXT_MAX = 2000;

    static StatusUpdate of(PostStatusUpdate command, IncidentRules rules) {
        Actors.require(command.postedBy(), "Say who posts the update");
        if (command.label() == null) {
            throw new IllegalArgumentException(
                    "Say the status: Investigating, Identified, Monitoring or Resolved");
        }
        String summary = text(command.summary(), SUMMARY_MAX, "summary");
        if (summary == null) {
            throw new IllegalArgumentException("Write a one-sentence summary of where things stand");
        }
        boolean resolves = command.label() == StatusLabel.RESOLVED;
        Duration next = resolves ? null : rules.nextUpdateIn(command.nextUpdateIn());
        return new StatusUpdate(summary, text(command.impact(), TEXT_MAX, "impact"),
                text(command.nextStep(), TEXT_MAX, "next step"), next, resolves);
    }

    private static String text(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            throw new IllegalArgumentException("The " + field + " must be at most " + max + " characters");
        }
        return value.strip();
    }
}
