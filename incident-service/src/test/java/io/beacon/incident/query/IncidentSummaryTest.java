package io.beacon.incident.query;

import io.beacon.contracts.BoundedText;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The read model must store every incident: a title longer than its column is cut, never a failed insert. */
class IncidentSummaryTest {

    private static final Instant DECLARED_AT = Instant.parse("2026-11-22T09:15:00Z");

    @Test
    void aTitleLongerThanTheColumnIsCutWithAMarker() {
        IncidentSummary summary = declared("t".repeat(5_000));

        assertThat(summary.getTitle()).hasSize(IncidentSummary.TITLE_MAX).startsWith("ttt")
                .endsWith(BoundedText.MARKER);
    }

    @Test
    void aTitleThatFitsIsKeptAsItIs() {
        assertThat(declared("Checkout fails").getTitle()).isEqualTo("Checkout fails");
        assertThat(declared("t".repeat(IncidentSummary.TITLE_MAX)).getTitle()).hasSize(IncidentSummary.TITLE_MAX)
                .doesNotContain(BoundedText.MARKER);
    }

    private static IncidentSummary declared(String title) {
        return new IncidentSummary("incident-1", 1, "checkout", title, "SEV2", true, DECLARED_AT);
    }
}
