/**
 * How this service's data meets its database: Axon's {@code @Lob} columns as {@code bytea} on PostgreSQL (the
 * same dialect incident-service uses; each service owns its own copy, as they share no code but contracts).
 */
package io.beacon.postmortem.persistence;
