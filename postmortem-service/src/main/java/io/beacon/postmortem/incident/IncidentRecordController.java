package io.beacon.postmortem.incident;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The incidents postmortem-service has heard of, newest first: where postmortems will hang from. */
@RestController
class IncidentRecordController {

    private final IncidentRecordRepository incidents;

    IncidentRecordController(IncidentRecordRepository incidents) {
        this.incidents = incidents;
    }

    @GetMapping("/api/incidents")
    List<IncidentRecord> incidents() {
        return incidents.findTop200ByOrderByDeclaredAtDesc();
    }
}
