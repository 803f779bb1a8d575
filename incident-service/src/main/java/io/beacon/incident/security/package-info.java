/**
 * Who may call the incident HTTP API: the bearer tokens of {@code beacon.api.tokens} (each naming a subject and a
 * role), checked in constant time by Spring Security's bearer-token filter, and the role matrix ({@link ApiOperation},
 * {@link ApiOperation}). The authenticated subject is the actor the API records; nothing else names an actor.
 * Slack's endpoints are deliberately outside: they verify Slack's signature themselves.
 */
package io.beacon.incident.security;
