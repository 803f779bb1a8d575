package io.beacon.incident.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The short sequential name people see and type ({@code INC-42}); the UUID stays internal. */
public final class IncidentReference {

    private static final Pattern REFERENCE = Pattern.compile("(?i)(?:INC-?)?(\\d{1,12})");

    private IncidentReference() {
    }

    public static String of(long number) {
        return "INC-" + number;
    }

    /** The number in {@code INC-42}, {@code inc42} or {@code 42}; empty when the text is not a reference. */
    public static java.util.OptionalLong parse(String text) {
        if (text == null) {
            return java.util.OptionalLong.empty();
        }
        Matcher matcher = REFERENCE.matcher(text.trim());
        return matcher.matches() ? java.util.OptionalLong.of(Long.parseLong(matcher.group(1)))
                : java.util.OptionalLong.empty();
    }
}
