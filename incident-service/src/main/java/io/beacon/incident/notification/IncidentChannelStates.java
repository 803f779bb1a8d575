package io.beacon.incident.notification;

import java.util.Optional;

/** Where {@link IncidentChannelHandler} keeps its {@link IncidentChannelState}s, in the caller's transaction. */
public interface IncidentChannelStates {

    Optional<IncidentChannelState> find(String incidentId);

    void insert(IncidentChannelState state);

    void update(IncidentChannelState state);
}
