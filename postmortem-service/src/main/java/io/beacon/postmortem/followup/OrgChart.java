package io.beacon.postmortem.followup;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who manages whom, as read from the org file, plus its follow-up durations and due offsets. The chains are free of
 * cycles (the reader refuses a file with one), so every chain ends at a person without a manager. A person who is not
 * in the file has no manager, no team and no reports: escalation stops at them.
 */
public final class OrgChart {

    /** One entry under {@code people}; {@code manager} and {@code team} may be null. */
    record Person(String id, String manager, String team) {
    }

    private final Map<String, Person> people;
    private final Map<String, List<String>> directReports;
    private final FollowUpSettings settings;
    private final PriorityDueOffsets dueOffsets;

    OrgChart(Map<String, Person> people, FollowUpSettings settings, PriorityDueOffsets dueOffsets) {
        this.people = Collections.unmodifiableMap(new LinkedHashMap<>(people));
        this.settings = settings;
        this.dueOffsets = dueOffsets;
        Map<String, List<String>> reports = new LinkedHashMap<>();
        people.values().stream().filter(p -> p.manager() != null)
                .forEach(p -> reports.computeIfAbsent(p.manager(), m -> new ArrayList<>()).add(p.id()));
        this.directReports = reports;
    }

    /** A chart without people (no org file): owners are reminded, nobody is escalated to. Default durations. */
    public static OrgChart empty() {
        return new OrgChart(Map.of(), FollowUpSettings.DEFAULTS, PriorityDueOffsets.DEFAULTS);
    }

    public Set<String> people() {
        return people.keySet();
    }

    public boolean contains(String person) {
        return people.containsKey(person);
    }

    public Optional<String> managerOf(String person) {
        return Optional.ofNullable(people.get(person)).map(Person::manager);
    }

    public Optional<String> teamOf(String person) {
        return Optional.ofNullable(people.get(person)).map(Person::team);
    }

    /** The person's manager, that manager's manager, and so on to the top; empty for the top or an unknown person. */
    public List<String> chainAbove(String person) {
        List<String> chain = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>(List.of(person)); // a guard only: the reader refuses cycles
        for (String manager = managerOf(person).orElse(null); manager != null && seen.add(manager);
             manager = managerOf(manager).orElse(null)) {
            chain.add(manager);
        }
        return List.copyOf(chain);
    }

    /** True when {@code manager} is anywhere above {@code person} in the chain, not only their direct manager. */
    public boolean isManagerOf(String manager, String person) {
        return manager != null && chainAbove(person).contains(manager);
    }

    /** Everyone under {@code manager}, direct reports first, then theirs, and so on. */
    public Set<String> reports(String manager) {
        Set<String> reports = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(directReports.getOrDefault(manager, List.of()));
        while (!queue.isEmpty()) {
            String next = queue.poll();
            if (reports.add(next)) {
                queue.addAll(directReports.getOrDefault(next, List.of()));
            }
        }
        reports.remove(manager);
        return Collections.unmodifiableSet(reports);
    }

    public FollowUpSettings settings() {
        return settings;
    }

    public PriorityDueOffsets dueOffsets() {
        return dueOffsets;
    }
}
