package io.beacon.incident.oncall;

import io.beacon.incident.api.EscalationLevel;
import io.beacon.incident.api.EscalationPolicy;
import io.beacon.incident.api.EscalationTarget;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The escalation part of the on-call file, and the policy copied into a new incident. */
class EscalationPolicyFileTest {

    private final OnCallFileReader reader = new OnCallFileReader();

    private static final String FILE = """
            default-team: sre
            teams:
              payments:
                channel: C0PAYMENTS
                broadcast-channel: C0STATUS
                resolve-when-alerts-resolve: true
                rotation: { start: 2026-11-02T09:00:00Z, length: P7D, responders: [U0ALICE] }
                escalation:
                  levels:
                    - { notify: on-call, after: PT5S }
                    - { notify: "user:lead@example.com", after: PT10M }
                    - { notify: channel, after: PT15M }
                    - { notify: "channel:C0WARROOM", after: PT1H }
                  repeat: 2
              sre:
                channel: C0SRE
                broadcast-channel: C0SRESTATUS
                rotation: { start: 2026-11-02T09:00:00Z, length: P1D, responders: [U0CAROL] }
            services:
              checkout-api: payments
            """;

    @Test
    void aTeamsLevelsRepeatAndChannelsBecomeThePolicyOfItsServices() {
        EscalationPolicy policy = reader.read("inline", FILE).policyFor("checkout-api");

        assertThat(policy.levels()).containsExactly(
                new EscalationLevel(EscalationTarget.onCall(), Duration.ofSeconds(5)),
                new EscalationLevel(EscalationTarget.user("lead@example.com"), Duration.ofMinutes(10)),
                new EscalationLevel(EscalationTarget.channel(null), Duration.ofMinutes(15)),
                new EscalationLevel(EscalationTarget.channel("C0WARROOM"), Duration.ofHours(1)));
        assertThat(policy.repeat()).isEqualTo(2);
        assertThat(policy.team()).isEqualTo("payments");
        assertThat(policy.teamChannel()).isEqualTo("C0PAYMENTS");
        assertThat(policy.broadcastChannel()).isEqualTo("C0STATUS");
        assertThat(policy.fallbackChannel()).isEqualTo("C0SRE");
        assertThat(policy.resolveWhenAlertsResolve()).isTrue();
        assertThat(policy.rotation().responders()).containsExactly("U0ALICE");
    }

    @Test
    void withoutEscalationTheOnCallIsPagedEveryFiveMinutesThreeTimes() {
        EscalationPolicy policy = reader.read("inline", FILE).policyFor("search-api");

        assertThat(policy.levels()).containsExactly(
                new EscalationLevel(EscalationTarget.onCall(), Duration.ofMinutes(5)));
        assertThat(policy.repeat()).isEqualTo(2);
        assertThat(policy.broadcastChannel()).isEqualTo("C0SRESTATUS");
        assertThat(policy.resolveWhenAlertsResolve()).isFalse();
    }

    @Test
    void everyMistakeInAnEscalationIsReportedAtOnce() {
        String yaml = """
                default-team: sre
                teams:
                  sre:
                    channel: C0SRE
                    rotation: { start: 2026-11-02T09:00:00Z, length: P1D, responders: [U0CAROL] }
                    escalation:
                      levels:
                        - { notify: boss, after: PT5M }
                        - { notify: on-call, after: soon }
                        - { notify: on-call, after: PT5M, extra: 1 }
                      repeat: -1
                """;
        assertThatThrownBy(() -> reader.read("inline", yaml))
                .isInstanceOf(InvalidOnCallFile.class)
                .hasMessageContaining("teams.sre.escalation.levels[0].notify: 'boss' is not on-call")
                .hasMessageContaining("teams.sre.escalation.levels[1].after: 'soon' is not an ISO-8601 duration")
                .hasMessageContaining("teams.sre.escalation.levels[2].extra: unknown key")
                .hasMessageContaining("teams.sre.escalation.repeat: expected a whole number from 0 to 10");
    }

    @Test
    void anEscalationNeedsLevels() {
        String yaml = """
                default-team: sre
                teams:
                  sre:
                    channel: C0SRE
                    rotation: { start: 2026-11-02T09:00:00Z, length: P1D, responders: [U0CAROL] }
                    escalation: { repeat: 1 }
                """;
        assertThatThrownBy(() -> reader.read("inline", yaml))
                .isInstanceOf(InvalidOnCallFile.class)
                .hasMessageContaining("teams.sre.escalation.levels is missing or empty");
    }
}
