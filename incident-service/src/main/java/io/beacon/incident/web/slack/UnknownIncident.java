package io.beacon.incident.web.slack;

/** Nobody declared the incident a Slack command names (or the read model has not caught up with it yet). */
class UnknownIncident extends RuntimeException {

    UnknownIncident(String reference) {
        super("Beacon has no incident " + reference + ".");
    }
}
