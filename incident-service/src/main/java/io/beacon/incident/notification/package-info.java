/**
 * Paging: when an incident is declared, its service's on-call responder is paged through the
 * {@link io.beacon.incident.notification.IncidentPager} port and the page is recorded on the incident; when the
 * incident is acknowledged, the pages are updated so nobody clicks a stale button. How a page looks and which
 * chat system carries it belongs to adapters such as {@code notification.slack}.
 */
package io.beacon.incident.notification;
