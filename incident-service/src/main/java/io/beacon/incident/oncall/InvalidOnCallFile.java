package io.beacon.incident.oncall;

import java.util.List;

/** The on-call file can't be used; {@link #problems()} lists everything wrong with it, not just the first thing. */
public class InvalidOnCallFile extends RuntimeException {

    private final List<String> problems;

    public InvalidOnCallFile(String location, List<String> problems) {
        super("On-call file " + location + " is invalid:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
