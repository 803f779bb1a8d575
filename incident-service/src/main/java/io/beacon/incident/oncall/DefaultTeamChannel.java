package io.beacon.incident.oncall;

import io.beacon.deadline.deadman.DeadmanChannel;

import java.util.Optional;

/**
 * The dead-man's switch tells the on-call file's default team: the team that answers for whatever nobody else owns,
 * and escalations not firing belongs to nobody's service. Read at each message, so an edited file counts.
 */
final class DefaultTeamChannel implements DeadmanChannel {

    private final OnCallFileDirectory directory;

    DefaultTeamChannel(OnCallFileDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Optional<String> channel() {
        OnCallSchedule schedule = directory.schedule();
        return Optional.ofNullable(schedule.teams().get(schedule.defaultTeam())).map(Team::channel);
    }
}
