package io.beacon.postmortem.query;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.Instant;
import java.util.List;

public interface PostmortemViewRepository extends JpaRepository<PostmortemViewRow, String> {

    List<PostmortemViewRow> findAllByOrderByDraftedAtDesc();

    /** The same service's postmortems drafted before {@code draftedAt}, newest first (repeat incidents). */
    List<PostmortemViewRow> findByServiceAndDraftedAtBeforeOrderByDraftedAtDesc(String service, Instant draftedAt);
}
