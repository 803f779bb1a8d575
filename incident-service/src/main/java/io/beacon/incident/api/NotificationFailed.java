package io.beacon.incident.api;

import java.time.Instant;

/**
 * A Slack message about the incident failed permanently at {@code address} ({@code error});
 * {@code deliveredTo} is the fallback that took it instead, or null when none could.
 */
public record NotificationFailed(String incidentId, String purpose, String address, String error,
                                 String deliveredTo, Instant at) implements IncidentEvent {
}
