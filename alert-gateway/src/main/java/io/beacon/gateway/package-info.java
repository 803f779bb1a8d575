/**
 * alert-gateway: authenticated Alertmanager webhooks in, {@code AlertSignalReceived} events durably on Kafka out.
 * Packages by feature: {@code webhook} (the protocol and endpoint), {@code security} (bearer tokens),
 * {@code signal} (what an alert means), {@code publishing} (Kafka), {@code web} (problem details).
 */
package io.beacon.gateway;
