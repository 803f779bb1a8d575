package io.beacon.postmortem.followup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds loops in the management chain (A manages B manages A, or someone managing themselves). A loop would make an
 * escalation climb forever, so the reader refuses the file and names each loop once.
 */
final class ManagementCycles {

    private final Map<String, OrgChart.Person> people;

    ManagementCycles(Map<String, OrgChart.Person> people) {
        this.people = people;
    }

    List<String> describe() {
        List<String> problems = new ArrayList<>();
        Set<String> settled = new HashSet<>();
        for (String start : people.keySet()) {
            Map<String, Integer> path = new LinkedHashMap<>();
            String current = start;
            while (current != null && !settled.contains(current) && !path.containsKey(current)) {
                path.put(current, path.size());
                OrgChart.Person person = people.get(current);
                current = person == null ? null : person.manager();
            }
            if (current != null && path.containsKey(current)) {
                List<String> loop = new ArrayList<>(path.keySet()).subList(path.get(current), path.size());
                problems.add(loop.size() == 1
                        ? "people." + current + " manages themselves: the management chain must end at someone"
                        + " without a manager"
                        : "the management chain loops: " + String.join(" -> ", loop) + " -> " + current
                        + "; it must end at someone without a manager");
            }
            settled.addAll(path.keySet());
        }
        return problems;
    }
}
