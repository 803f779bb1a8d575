package io.beacon.incident.api;

/** Everything that can happen to one incident; projections switch over it exhaustively. */
public sealed interface IncidentEvent
        permits IncidentDeclared, SignalAttached, ResponderPaged, PageDelivered, EscalationExhausted,
        IncidentAcknowledged, CommanderAssigned, SeverityChanged, StatusUpdatePosted, StatusUpdateOverdue,
        AllAlertsResolved, IncidentResolved, IncidentReopened, NotificationFailed {

    String incidentId();
}
