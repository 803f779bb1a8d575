/**
 * Integration events out: the Axon processing group {@code postmortem-events-publisher} maps the postmortem's and
 * action items' internal events to the contract events on {@code beacon.postmortem-events.v1} ({@code ContractEvents},
 * one switch decides what leaves), with its own small projection of the facts later events lack
 * ({@code OutboundFacts}). At least once: the token advances only after Kafka acknowledged; the contract event id is
 * the Axon event id, so consumers drop the duplicates a retry makes.
 */
package io.beacon.postmortem.publishing;
