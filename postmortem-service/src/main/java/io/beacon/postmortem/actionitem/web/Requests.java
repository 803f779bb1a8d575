package io.beacon.postmortem.actionitem.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Small parsing helpers shared by the request bodies: problems are collected, never thrown one by one. */
final class Requests {

    static final String INSTANT = "an ISO-8601 instant such as 2026-12-01T09:00:00Z";

    private Requests() {
    }

    static Instant instant(String field, String text, List<String> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(field + " must be " + INSTANT + ", not '" + cut(text) + "'");
            return null;
        }
    }

    static String cut(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
