/** Framework wiring for incident-service that properties can't express. */
package io.beacon.incident.config;
