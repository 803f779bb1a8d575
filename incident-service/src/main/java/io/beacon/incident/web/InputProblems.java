package io.beacon.incident.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Collects everything wrong with a request, so that one 400 lists it all instead of one problem per attempt. */
final class InputProblems {

    private static final int ECHO_MAX = 60;
    private final List<String> problems = new ArrayList<>();

    /** The field's value parsed, or null when absent or unparseable (then a problem is noted). */
    <T> T parse(String field, String value, Function<String, T> parser, String expected) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (RuntimeException e) {
            problems.add(field + ": '" + echo(value) + "' is not " + expected);
            return null;
        }
    }

    /** Notes a problem when {@code value} is null or blank. */
    InputProblems require(String field, Object value, String why) {
        if (value == null || value instanceof String text && text.isBlank()) {
            problems.add(field + ": " + why);
        }
        return this;
    }

    void add(String problem) {
        problems.add(problem);
    }

    /** Throws {@link InvalidRequest} when anything was noted. */
    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
    }

    private static String echo(String value) {
        return value.length() <= ECHO_MAX ? value : value.substring(0, ECHO_MAX) + "…";
    }
}
