package io.beacon.postmortem.followup;

import io.beacon.postmortem.followup.DeprioritisationDecision.Allowed;
import io.beacon.postmortem.followup.DeprioritisationDecision.NotADeprioritisation;
import io.beacon.postmortem.followup.DeprioritisationDecision.Refused;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class DeprioritisationPolicyTest {

    private static final Instant CREATED = Instant.parse("2026-11-02T09:00:00Z");
    private static final String RISK = "Retries cover the gap until the Q1 rewrite; we accept a slower recovery.";
    private final DeprioritisationPolicy policy = new DeprioritisationPolicy(OrgFiles.chart("valid.yml"));

    @Test
    void theOwnersManagerMayAcceptTheRisk() {
        assertThat(policy.wontDo("U0ALICE", RISK, "U0CAROL")).isEqualTo(new Allowed("U0CAROL", RISK));
    }

    @Test
    void theManagersManagerMayAcceptTheRiskToo() {
        assertThat(policy.wontDo("U0ALICE", "  " + RISK + "\n", "U0DIRECTOR"))
                .isEqualTo(new Allowed("U0DIRECTOR", RISK));
    }

    @Test
    void aStatementIsRequired() {
        assertThat(policy.wontDo("U0ALICE", "   ", "U0CAROL")).isInstanceOf(Refused.class)
                .extracting(d -> ((Refused) d).reason()).asString().startsWith("a risk-acceptance statement");
        assertThat(policy.wontDo("U0ALICE", null, "U0CAROL").permitted()).isFalse();
    }

    @Test
    void someoneWhoDoesNotManageTheOwnerIsRefused() {
        assertThat(policy.wontDo("U0ALICE", RISK, "U0DAVE"))
                .isEqualTo(new Refused("U0DAVE is not a manager of U0ALICE in the org file"));
        assertThat(policy.wontDo("U0CAROL", RISK, "U0ALICE").permitted()).isFalse();
    }

    @Test
    void theOwnerCannotAcceptTheirOwnRisk() {
        assertThat(policy.wontDo("U0ALICE", RISK, "U0ALICE"))
                .isEqualTo(new Refused("U0ALICE owns the item and can't accept its risk: a manager of theirs must"));
    }

    @Test
    void nobodyManagesAnOwnerMissingFromTheOrgFile() {
        assertThat(policy.wontDo("U0STRANGER", RISK, "U0DIRECTOR").permitted()).isFalse();
    }

    @Test
    void aDueDateWithinThePrioritysLimitIsNoDeprioritisation() {
        Instant limit = CREATED.plus(Duration.ofDays(7));

        assertThat(policy.newDueDate("U0ALICE", Priority.P1, CREATED, limit, null, null))
                .isEqualTo(new NotADeprioritisation());
        assertThat(policy.newDueDate("U0ALICE", Priority.P1, CREATED, limit.plusSeconds(1), null, null).permitted())
                .isFalse();
        assertThat(policy.newDueDate("U0ALICE", Priority.P1, CREATED, limit.plusSeconds(1), RISK, "U0CAROL"))
                .isEqualTo(new Allowed("U0CAROL", RISK));
        assertThat(policy.isDeprioritisation(Priority.P3, CREATED, CREATED.plus(Duration.ofDays(60)))).isFalse();
    }
}
