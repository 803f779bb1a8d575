/**
 * Correlation: deciding whether a signal opens a new incident or attaches to its service's open one, as an
 * aggregate per service so that the rule holds across instances.
 */
package io.beacon.incident.correlation;
