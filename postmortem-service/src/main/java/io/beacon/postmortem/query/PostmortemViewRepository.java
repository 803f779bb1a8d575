package io.beacon.postmortem.query;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface PostmortemViewRepository extends JpaRepository<PostmortemViewRow, String> {

    List<PostmortemViewRow> findAllByOrderByDraftedAtDesc();
}
