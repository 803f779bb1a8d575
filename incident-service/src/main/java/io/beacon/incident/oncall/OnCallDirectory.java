package io.beacon.incident.oncall;

import java.time.Instant;

/** Answers who gets paged for a service. */
public interface OnCallDirectory {

    /** The team owning {@code service} (the default team for unknown services) and whose turn it is at {@code at}. */
    OnCallAssignment whoIsOnCall(String service, Instant at);
}
