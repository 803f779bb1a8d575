package io.beacon.incident.web;

import io.beacon.incident.api.AssignCommander;
import io.beacon.incident.api.ChangeSeverity;
import io.beacon.incident.api.DeclareIncident;
import io.beacon.incident.api.IncidentSeverity;
import io.beacon.incident.api.PostStatusUpdate;
import io.beacon.incident.api.ReopenIncident;
import io.beacon.incident.api.ResolveIncident;
import io.beacon.incident.api.StatusLabel;

import java.time.Duration;

/**
 * The JSON bodies of the API's mutations. Fields are strings so that a wrong value gets our words (and every wrong
 * field is listed) rather than a deserialiser's; none names an actor: the actor is always the token's subject.
 * Limits on length stay the domain's to check.
 */
final class IncidentRequests {

    static final String SEVERITIES = "one of SEV1, SEV2, SEV3, SEV4";
    static final String LABELS = "one of Investigating, Identified, Monitoring, Resolved";
    static final String DURATION = "an ISO-8601 duration such as PT30M";

    private IncidentRequests() {
    }

    record Declaration(String service, String title, String severity) {
        DeclareIncident command(String declaredBy) {
            InputProblems problems = new InputProblems()
                    .require("service", service, "say which service is affected")
                    .require("title", title, "give the incident a title")
                    .require("severity", severity, "say how severe it is: " + SEVERITIES);
            IncidentSeverity parsed = problems.parse("severity", severity, IncidentSeverity::parse, SEVERITIES);
            problems.throwIfAny();
            return DeclareIncident.forService(service.strip(), title, parsed, declaredBy);
        }
    }

    record CommanderAssignment(String commander) {
        AssignCommander command(String incidentId, String assignedBy) {
            new InputProblems().require("commander", commander, "say who the commander is").throwIfAny();
            return new AssignCommander(incidentId, commander.strip(), assignedBy);
        }
    }

    record SeverityChange(String severity, String reason) {
        ChangeSeverity command(String incidentId, String changedBy) {
            InputProblems problems = new InputProblems().require("severity", severity, "say which: " + SEVERITIES);
            IncidentSeverity parsed = problems.parse("severity", severity, IncidentSeverity::parse, SEVERITIES);
            problems.throwIfAny();
            return new ChangeSeverity(incidentId, parsed, changedBy, blankToNull(reason));
        }
    }

    record StatusUpdate(String status, String summary, String impact, String nextStep, String nextUpdateIn) {
        PostStatusUpdate command(String incidentId, String postedBy) {
            InputProblems problems = new InputProblems()
                    .require("status", status, "say where things stand: " + LABELS)
                    .require("summary", summary, "write a one-sentence summary of where things stand");
            StatusLabel label = problems.parse("status", status, StatusLabel::parse, LABELS);
            Duration next = problems.parse("nextUpdateIn", nextUpdateIn, Duration::parse, DURATION);
            problems.throwIfAny();
            return new PostStatusUpdate(incidentId, label, summary, blankToNull(impact), blankToNull(nextStep), next,
                    postedBy);
        }
    }

    record Resolution(String summary) {
        static ResolveIncident command(Resolution body, String incidentId, String resolvedBy) {
            return new ResolveIncident(incidentId, resolvedBy, body == null ? null : blankToNull(body.summary));
        }
    }

    record Reopening(String reason) {
        static ReopenIncident command(Reopening body, String incidentId, String reopenedBy) {
            return new ReopenIncident(incidentId, reopenedBy, body == null ? null : blankToNull(body.reason));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
