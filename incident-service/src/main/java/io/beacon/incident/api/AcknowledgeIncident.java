package io.beacon.incident.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A responder takes the incident. Answers with the {@link IncidentAcknowledged} in force afterwards
 * (an earlier one when somebody was faster).
 */
public record AcknowledgeIncident(@TargetAggregateIdentifier String incidentId, String acknowledgedBy) {
}
