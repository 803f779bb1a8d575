package io.beacon.incident.web;

import java.util.List;

/** A request the API refuses before sending any command; answered 400 with every problem listed. */
class InvalidRequest extends RuntimeException {

    private final List<String> problems;

    InvalidRequest(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }
}
