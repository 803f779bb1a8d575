/**
 * Who may change postmortems: the bearer tokens of {@code beacon.api.tokens} (the same {@code subject:role:token}
 * list as incident-service's; each service keeps its own copy of this code), checked in constant time by Spring
 * Security's bearer-token filter. The authenticated subject is the author the API records. Reads are open.
 */
package io.beacon.postmortem.security;
