/**
 * The Kafka edges of incident-service: alert signals in (a Spring Cloud Stream consumer in group
 * {@code incident-service}), contract events out (an Axon processing group acting as the outbox).
 * Internal events never leave except through the mapping here.
 */
package io.beacon.incident.messaging;
