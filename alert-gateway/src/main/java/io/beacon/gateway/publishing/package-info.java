/**
 * Making alert signals durable: publishes {@link io.beacon.contracts.AlertSignalReceived} to
 * {@link io.beacon.contracts.Topics#ALERT_SIGNALS} through the one Kafka producer of the process, and reports
 * success only once Kafka has acknowledged every record. Creates the topic at start-up when it can.
 */
package io.beacon.gateway.publishing;
