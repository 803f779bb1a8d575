package io.beacon.incident.notification;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The channel handler's state table, in memory, for unit tests. */
final class InMemoryIncidentChannelStates implements IncidentChannelStates {

    private final Map<String, IncidentChannelState> rows = new HashMap<>();

    @Override
    public Optional<IncidentChannelState> find(String incidentId) {
        return Optional.ofNullable(rows.get(incidentId));
    }

    @Override
    public void insert(IncidentChannelState state) {
        if (rows.putIfAbsent(state.incidentId(), state) != null) {
            throw new IllegalStateException("duplicate key " + state.incidentId());
        }
    }

    @Override
    public void update(IncidentChannelState state) {
        if (rows.replace(state.incidentId(), state) == null) {
            throw new IllegalStateException("no row " + state.incidentId());
        }
    }
}
