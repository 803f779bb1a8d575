package io.beacon.gateway.signal;

import io.beacon.contracts.BoundedText;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BoundedFieldsTest {

    @Test
    void smallLabelsAreKeptAsTheyAre() {
        Map<String, String> labels = Map.of("alertname", "A", "service", "checkout");

        assertThat(BoundedFields.labels(labels)).isEqualTo(labels);
    }

    @Test
    void aThousandLabelsKeepTheOnesBeaconReadsAndCountTheRest() {
        Map<String, String> labels = new HashMap<>();
        for (int index = 0; index < 1_000; index++) {
            labels.put("label_" + index, "v");
        }
        labels.put("zz_service", "not read");
        labels.put("service", "checkout");
        labels.put("sloth_slo", "availability");

        Map<String, String> bounded = BoundedFields.labels(labels);

        assertThat(bounded).hasSize(SignalLimits.MAX_LABELS + 1)
                .containsEntry("service", "checkout").containsEntry("sloth_slo", "availability")
                .containsEntry(SignalLimits.DROPPED_LABELS_LABEL, "939 more dropped (at most 64 kept)");
        assertThat(BoundedFields.labels(new HashMap<>(labels))).isEqualTo(bounded);
    }

    @Test
    void longNamesAreCutWithAHashSoThatTheyDoNotMerge() {
        String prefix = "n".repeat(SignalLimits.MAX_NAME_CHARS);

        Map<String, String> bounded = BoundedFields.labels(Map.of(prefix + "a", "1", prefix + "b", "2"));

        assertThat(bounded).hasSize(2).containsValues("1", "2");
        assertThat(bounded.keySet()).allSatisfy(name -> assertThat(name).hasSizeLessThanOrEqualTo(SignalLimits.MAX_NAME_CHARS));
    }

    @Test
    void longValuesAreCutWithTheMarker() {
        Map<String, String> labels = BoundedFields.labels(Map.of("team", "t".repeat(5_000)));
        Map<String, String> annotations = BoundedFields.annotations(Map.of("summary", "s".repeat(50_000)));

        assertThat(labels.get("team")).hasSize(SignalLimits.MAX_LABEL_VALUE_CHARS).endsWith(BoundedText.MARKER);
        assertThat(annotations.get("summary")).hasSize(SignalLimits.MAX_ANNOTATION_VALUE_CHARS)
                .endsWith(BoundedText.MARKER);
    }

    @Test
    void tooManyAnnotationsAreCountedInAnAnnotation() {
        Map<String, String> annotations = new HashMap<>();
        for (int index = 0; index < 100; index++) {
            annotations.put("note_" + index, "v");
        }
        annotations.put("summary", "S");

        Map<String, String> bounded = BoundedFields.annotations(annotations);

        assertThat(bounded).hasSize(SignalLimits.MAX_ANNOTATIONS + 1).containsEntry("summary", "S")
                .containsKey(SignalLimits.DROPPED_ANNOTATIONS_ANNOTATION);
    }
}
