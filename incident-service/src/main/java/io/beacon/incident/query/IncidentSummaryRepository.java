package io.beacon.incident.query;

import io.beacon.incident.api.IncidentStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

public interface IncidentSummaryRepository extends JpaRepository<IncidentSummary, String>,
        JpaSpecificationExecutor<IncidentSummary> {

    /** The incident people call {@code INC-<number>}. */
    java.util.Optional<IncidentSummary> findByNumber(Long number);

    @Query("""
            select i from IncidentSummary i
            where (:service is null or i.service = :service) and (:status is null or i.status = :status)
            order by i.declaredAt desc""")
    List<IncidentSummary> search(@Param("service") String service, @Param("status") IncidentStatus status,
                                 Pageable page);

    /** The newest {@code limit} incidents that match, newest first. */
    default List<IncidentSummary> search(IncidentFilter filter, int limit) {
        return findBy(filter.specification(), query -> query.sortBy(Sort.by(Sort.Direction.DESC, "declaredAt"))
                .limit(limit).all());
    }
}
