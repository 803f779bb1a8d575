package io.beacon.postmortem.actionitem.query;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

public interface ActionItemViewRepository extends JpaRepository<ActionItemViewRow, String> {

    List<ActionItemViewRow> findAllByOrderByDueAtAscActionItemIdAsc();

    List<ActionItemViewRow> findByPostmortemIdInOrderByDueAtAscActionItemIdAsc(Collection<String> postmortemIds);
}
