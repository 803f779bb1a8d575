package io.beacon.incident.oncall;

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
        serviceTeams.forEach((service, team) -> {
            if (!teams.containsKey(team)) {
                throw new IllegalArgumentException("Service '" + service + "' names unknown team '" + team + "'");
            }
        });
    }

    public OnCallAssignment assignmentFor(String service, Instant at) {
        Team team = teams.get(serviceTeams.getOrDefault(service, defaultTeam));
        return new OnCallAssignment(service, team.name(), team.rotation().responderAt(at), team.channel());
    }
}
