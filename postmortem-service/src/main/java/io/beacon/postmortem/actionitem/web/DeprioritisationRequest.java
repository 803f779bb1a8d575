package io.beacon.postmortem.actionitem.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /api/action-items/{id}/deprioritisation}: won't do when {@code newDueAt} is absent, else a due date
 * past the priority's limit. The aggregate checks the statement and the approver; here only the shape.
 */
record DeprioritisationRequest(String riskAcceptance, String approvedBy, String newDueAt) {

    static final int MAX_RISK_ACCEPTANCE = 4000;

    /** The parsed new due date (null: won't do), or {@link IllegalArgumentException} listing every problem. */
    Instant parsedNewDueAt() {
        List<String> problems = new ArrayList<>();
        Instant due = Requests.instant("newDueAt", newDueAt, problems);
        if (riskAcceptance != null && riskAcceptance.length() > MAX_RISK_ACCEPTANCE) {
            problems.add("riskAcceptance is longer than " + MAX_RISK_ACCEPTANCE
                    + " characters: link to a document instead");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return due;
    }
}
