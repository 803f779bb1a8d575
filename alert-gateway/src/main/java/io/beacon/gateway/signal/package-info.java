/**
 * What an alert means to Beacon: turns one validated {@link io.beacon.gateway.signal.SourceAlert} into the
 * {@link io.beacon.contracts.AlertSignalReceived} contract event, naming its service, severity and, when it is
 * a burn-rate alert, its SLO. Pure logic: no HTTP, no Kafka. Never rejects an alert: a 4xx would make Alertmanager
 * drop a real alert for good, so every rule here falls back to a default instead.
 */
package io.beacon.gateway.signal;
