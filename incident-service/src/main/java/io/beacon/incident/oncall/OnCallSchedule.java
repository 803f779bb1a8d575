package io.beacon.incident.oncall;

import io.beacon.incident.api.EscalationPolicy;

import java.time.Instant;
import java.util.Map;

/** One valid version of the on-call file: teams, which team owns which service, and the team for the rest. */
public record OnCallSchedule(String defaultTeam, Map<String, Team> teams, Map<String, String> serviceTeams) {

    public OnCallSchedule {
        teams = Map.copyOf(teams);
        serviceTeams = Map.copyOf(serviceTeams);
        if (!teams.containsKey(defaultTeam)) {
            throw new IllegalArgumentException("The default team '" + defaultTeam + "' is not defined");
        }
        for (Map.Entry<String, String> owner : serviceTeams.entrySet()) {
            if (!teams.containsKey(owner.getValue())) {
                throw new IllegalArgumentException(
                        "Service '" + owner.getKey() + "' names unknown team '" + owner.getValue() + "'");
            }
        }
    }

    public OnCallAssignment assignmentFor(String service, Instant at) {
        Team team = teamOf(service);
        return new OnCallAssignment(service, team.name(), team.rotation().responderAt(at), team.channel());
    }

    /** The owning team's policy, to be copied into a new incident. */
    public EscalationPolicy policyFor(String service) {
        Team team = teamOf(service);
        String fallback = teams.get(defaultTeam).channel();
        return new EscalationPolicy(team.name(), team.channel(),
                team.broadcastChannel() == null ? teams.get(defaultTeam).broadcastChannel() : team.broadcastChannel(),
                fallback, team.rotation(), team.escalation(), team.repeat(), team.resolveWhenAlertsResolve());
    }

    private Team teamOf(String service) {
        return teams.get(service == null ? defaultTeam : serviceTeams.getOrDefault(service, defaultTeam));
    }
}
