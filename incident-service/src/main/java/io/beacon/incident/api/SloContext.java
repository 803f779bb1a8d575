package io.beacon.incident.api;

/** What an alert signal says about an SLO burn (every part may be null but {@code generator}). */
public record SloContext(
        String generator,
        String slo,
        Double burnRate,
        String longWindow,
        String shortWindow,
        String exhaustion) {
}
