/** How the event store, token store and read models sit in this service's own database. */
package io.beacon.incident.persistence;
