package io.beacon.incident.query;

import java.time.Instant;

/**
 * One line of an incident's timeline.
 *
 * @param kind     what happened: DECLARED, SIGNAL, PAGED, ACKNOWLEDGED
 * @param at       when it happened
 * @param detail   a short human line (untrusted alert text included as is: escape it where you render it)
 * @param actor    who did it, when a person or system did
 * @param sequence its place in the incident's event stream, from 0: the cursor for the next page ({@code after})
 */
public record TimelineEntry(String kind, Instant at, String detail, String actor, long sequence) {

    TimelineEntry(String kind, Instant at, String detail, String actor) {
        this(kind, at, detail, actor, -1);
    }

    TimelineEntry at(long sequence) {
        return new TimelineEntry(kind, at, detail, actor, sequence);
    }
}
