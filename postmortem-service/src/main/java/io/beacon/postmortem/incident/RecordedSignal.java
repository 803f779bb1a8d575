package io.beacon.postmortem.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/** One alert signal of a resolved incident, as incident-service reported it; all text is untrusted. */
@Embeddable
public record RecordedSignal(
        @Column(name = "alert_name") String alertName,
        String status,
        String source,
        @Column(name = "starts_at") Instant startsAt,
        String title) {
}
