package io.beacon.incident.messaging;

import io.beacon.contracts.BoundedText;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sizes incident-service accepts from an alert signal, applied again on intake because the gateway is not the
 * only possible producer: every text is cut to what its columns and Slack messages hold (the gateway's own limits
 * or less), and control characters go, since PostgreSQL refuses a NUL in any text column and a refused row would
 * park the incident's events. Cutting, never refusing: a refused signal is an incident nobody hears about.
 */
final class SignalBounds {

    static final int SOURCE_CHARS = 200;
    static final int DEDUP_KEY_CHARS = 120;
    static final int TITLE_CHARS = 1_000;
    static final int DESCRIPTION_CHARS = 4_000;
    static final int SHORT_TEXT_CHARS = 256;
    /** incident_channel_state keeps runbook and source URLs in varchar(2000), and Slack links stop there too. */
    static final int URL_CHARS = 2_000;
    static final int MAX_ENTRIES = 64;
    static final int NAME_CHARS = 128;
    static final int VALUE_CHARS = 1_024;
    static final String DROPPED = "beacon_dropped";

    private SignalBounds() {
    }

    static String text(String text, int maxChars) {
        return BoundedText.cut(text, maxChars);
    }

    static String identifier(String text, int maxChars) {
        return BoundedText.identifier(text, maxChars);
    }

    /** At most {@link #MAX_ENTRIES} entries (by name), names and values cut; how many were dropped is kept. */
    static Map<String, String> entries(Map<String, String> entries) {
        Map<String, String> kept = new LinkedHashMap<>();
        int dropped = 0;
        for (Map.Entry<String, String> entry : new TreeMap<>(entries).entrySet()) {
            String name = identifier(entry.getKey(), NAME_CHARS);
            if (kept.size() >= MAX_ENTRIES || name.isEmpty() || kept.containsKey(name) || entry.getValue() == null) {
                dropped++;
                continue;
            }
            kept.put(name, text(entry.getValue(), VALUE_CHARS));
        }
        if (dropped > 0) {
            kept.put(DROPPED, dropped + " more dropped (at most " + MAX_ENTRIES + " kept)");
        }
        return kept;
    }
}
