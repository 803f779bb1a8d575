package io.beacon.postmortem.publishing;

import io.beacon.contracts.IncidentSeverity;

import java.time.Instant;

/** What a postmortem's later events are published with, as its draft recorded it. */
record PostmortemFacts(String postmortemId, String incidentId, String reference, String service,
                       IncidentSeverity severity, String owner, boolean mandatory, Instant publishDueAt) {
}
