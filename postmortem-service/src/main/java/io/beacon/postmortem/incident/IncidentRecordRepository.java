package io.beacon.postmortem.incident;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface IncidentRecordRepository extends JpaRepository<IncidentRecord, String> {

    List<IncidentRecord> findTop200ByOrderByDeclaredAtDesc();
}
