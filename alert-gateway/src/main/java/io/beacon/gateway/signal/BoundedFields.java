package io.beacon.gateway.signal;

import io.beacon.contracts.BoundedText;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts an alert's label and annotation maps to {@link SignalLimits}: names as identifiers (cut plus hash, so that
 * two long names never merge), values as text with a marker, and at most so many entries. Which entries stay is
 * deterministic, so that re-sends of one alert carry the same labels: the names Beacon reads first, then the rest in
 * name order. What was dropped is counted in one extra entry, so the cut is visible.
 */
final class BoundedFields {

    /** Read by {@link ServiceKeyRule}, {@link SeverityNormalisation}, {@link SloRecognitionPolicy} and the mapper. */
    private static final List<String> READ_BY_BEACON = List.of(
            "alertname", "service", "sloth_service", "job", "severity", "sloth_severity", "sloth_slo", "sloth_id",
            "slo", "long", "long_window", "window", "short", "short_window", "exhaustion", "burn_rate", "burnrate",
            "summary", "title", "description", "message", "runbook_url", "runbook", "runbookURL");

    private static final Comparator<String> KEEP_FIRST = Comparator
            .comparingInt((String name) -> READ_BY_BEACON.contains(name) ? READ_BY_BEACON.indexOf(name)
                    : READ_BY_BEACON.size())
            .thenComparing(Comparator.naturalOrder());

    private BoundedFields() {
    }

    static Map<String, String> labels(Map<String, String> labels) {
        return bounded(labels, SignalLimits.MAX_LABELS, SignalLimits.MAX_LABEL_VALUE_CHARS,
                SignalLimits.DROPPED_LABELS_LABEL);
    }

    static Map<String, String> annotations(Map<String, String> annotations) {
        return bounded(annotations, SignalLimits.MAX_ANNOTATIONS, SignalLimits.MAX_ANNOTATION_VALUE_CHARS,
                SignalLimits.DROPPED_ANNOTATIONS_ANNOTATION);
    }

    private static Map<String, String> bounded(Map<String, String> values, int maxEntries, int maxValueChars,
                                               String droppedName) {
        Map<String, String> kept = new LinkedHashMap<>();
        List<String> names = values.keySet().stream().sorted(KEEP_FIRST).toList();
        int dropped = 0;
        for (String name : names) {
            String boundedName = BoundedText.identifier(name, SignalLimits.MAX_NAME_CHARS);
            if (kept.size() >= maxEntries || boundedName.isEmpty() || kept.containsKey(boundedName)) {
                dropped++;
                continue;
            }
            kept.put(boundedName, BoundedText.cut(values.get(name), maxValueChars));
        }
        if (dropped > 0) {
            kept.put(droppedName, dropped + " more dropped (at most " + maxEntries + " kept)");
        }
        return kept;
    }
}
