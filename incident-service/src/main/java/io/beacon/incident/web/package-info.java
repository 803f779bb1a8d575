/**
 * The incident HTTP API ({@code /api/incidents}), its OpenAPI description and its problem details. Reads the query
 * models; each mutation sends one domain command with the authenticated subject as the actor. Who may call what is
 * decided in {@code io.beacon.incident.security}, not here.
 */
package io.beacon.incident.web;
