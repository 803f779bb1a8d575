/**
 * What the gateway measures for the Prometheus scrape ({@code /actuator/prometheus}): {@code beacon.webhook}, the
 * time from a webhook request's arrival to its answer, whatever the answer (a refused token and a broker outage
 * count too, tagged by outcome). Owns no behaviour: it only watches requests pass.
 */
package io.beacon.gateway.metrics;
