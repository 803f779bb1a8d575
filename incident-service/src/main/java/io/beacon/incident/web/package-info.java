/** The incident HTTP API ({@code /api/incidents}) and its problem details. Reads the query models, sends commands. */
package io.beacon.incident.web;
