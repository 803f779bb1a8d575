package io.beacon.incident.query;

import io.beacon.incident.api.IncidentSeverity;
import io.beacon.incident.api.IncidentStatus;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Which incidents a list shows; every field optional. {@code from} is inclusive and {@code to} exclusive, both on
 * the declaration time.
 */
public record IncidentFilter(String service, IncidentStatus status, IncidentSeverity severity, Instant from,
                             Instant to) {

    public static IncidentFilter any() {
        return new IncidentFilter(null, null, null, null, null);
    }

    /** Criteria rather than one JPQL query: null parameters of unknown type trip PostgreSQL up. */
    Specification<IncidentSummary> specification() {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (service != null) {
                predicates.add(cb.equal(root.get("service"), service));
            }
            if (status != null) {
                predicates.add(cb.equal(root.get("status"), status));
            }
            if (severity != null) {
                predicates.add(cb.equal(root.get("severity"), severity.name()));
            }
            if (from != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("declaredAt"), from));
            }
            if (to != null) {
                predicates.add(cb.lessThan(root.get("declaredAt"), to));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
