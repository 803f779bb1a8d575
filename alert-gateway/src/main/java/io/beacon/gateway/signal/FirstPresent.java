package io.beacon.gateway.signal;

import java.util.Map;

/** Label and annotation look-ups where several names mean the same thing and a blank value means absent. */
final class FirstPresent {

    private FirstPresent() {
    }

    static String in(Map<String, String> values, String... names) {
        for (String name : names) {
            String value = values.get(name);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    static String in(Map<String, String> labels, Map<String, String> annotations, String... names) {
        String fromLabels = in(labels, names);
        return fromLabels != null ? fromLabels : in(annotations, names);
    }
}
