/**
 * Who is on call for a service right now: the on-call file maps services to teams, each team has a rotation of
 * responders and a channel where its pages are posted. {@link io.beacon.incident.oncall.OnCallDirectory} is what the
 * rest of the service asks; the YAML file behind it is re-read when it changes on disk.
 */
package io.beacon.incident.oncall;
