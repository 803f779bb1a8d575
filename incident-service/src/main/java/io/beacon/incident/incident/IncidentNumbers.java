package io.beacon.incident.incident;

/** Hands out the sequential numbers behind {@code INC-42}, unique across instances (a database sequence). */
public interface IncidentNumbers {

    long next();
}
