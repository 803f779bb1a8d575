/**
 * Paging: when an incident is declared, its service's on-call responder is paged through the
 * {@link io.beacon.incident.notification.IncidentPager} port and the page is recorded on the incident; when the
 * incident is acknowledged, the pages are updated so nobody clicks a stale button. Besides pages, the incident's own
 * channel: {@link io.beacon.incident.notification.IncidentChannelHandler} keeps what its pinned summary shows
 * ({@code incident_channel_state}) and decides who is told what (status updates, nudges, notices) through the
 * {@link io.beacon.incident.notification.IncidentNotifier} port. How a message looks and which chat system carries
 * it belongs to adapters such as {@code notification.slack}.
 */
package io.beacon.incident.notification;
