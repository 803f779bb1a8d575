package io.beacon.postmortem.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/** One status update of a resolved incident, as it was posted. */
@Embeddable
public record RecordedStatusUpdate(
        @Column(name = "update_sequence") int sequence,
        String label,
        String summary,
        String impact,
        @Column(name = "posted_by") String postedBy,
        @Column(name = "posted_at") Instant postedAt) {
}
