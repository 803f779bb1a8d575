/** Read models built from incident events (the incident list); never written by anything but their projections. */
package io.beacon.incident.query;
