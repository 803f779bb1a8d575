/**
 * Integration events: the only things that cross Kafka between Beacon services. Plain JDK records that depend
 * on nothing but {@code java.*}; internal Axon events never appear here. Changing a record incompatibly means
 * a new schema version and a new topic.
 */
package io.beacon.contracts;
