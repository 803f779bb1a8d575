/**
 * The Kafka edges of incident-service: alert signals in (a Spring Cloud Stream consumer in group
 * {@code incident-service}, a poll at a time), contract events out (the Axon processing group {@code kafka-outbound}
 * acting as the outbox, with its own small projection of the facts those events carry). Internal events never leave
 * except through the mapping here ({@code ContractEvents}); type names on the wire come from the contracts, never
 * from class names.
 */
package io.beacon.incident.messaging;
