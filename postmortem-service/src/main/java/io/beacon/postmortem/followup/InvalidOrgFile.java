package io.beacon.postmortem.followup;

import java.util.List;

/** The org file can't be used; {@link #problems()} lists everything wrong with it, not just the first thing. */
public class InvalidOrgFile extends RuntimeException {

    private final List<String> problems;

    public InvalidOrgFile(String location, List<String> problems) {
        super("Org file " + location + " is invalid:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
