package io.beacon.incident.query;

import java.time.Instant;

/**
 * One line of an incident's timeline.
 *
 * @param kind   what happened: DECLARED, SIGNAL, PAGED, ACKNOWLEDGED
 * @param at     when it happened
 * @param detail a short human line (untrusted alert text included as is: escape it where you render it)
 * @param actor  who did it, when a person or system did
 */
public record TimelineEntry(String kind, Instant at, String detail, String actor) {
}
