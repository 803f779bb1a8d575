package io.beacon.postmortem.postmortem;

import io.beacon.contracts.IncidentResolved;
import io.beacon.contracts.IncidentSeverity;
import io.beacon.contracts.SignalStatus;
import io.beacon.contracts.StatusLabel;
import io.beacon.postmortem.followup.FollowUpLadder;
import io.beacon.postmortem.followup.FollowUpStep;
import io.beacon.postmortem.followup.OrgChart;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Drafting once per incident, edits with their authors, publication past (or over) the blameless check. */
class PostmortemTest {

    static final Instant DECLARED = Instant.parse("2026-11-22T03:00:00Z");
    static final Instant RESOLVED = DECLARED.plusSeconds(3600);
    static final Instant NOW = RESOLVED.plusSeconds(5);
    static final String ID = "postmortem-incident-1";
    static final OrgChart CHART = OrgChart.empty();

    private final PostmortemDrafting drafting = new PostmortemDrafting(Duration.ofHours(72), IncidentSeverity.SEV2);
    private AggregateTestFixture<Postmortem> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Postmortem.class);
        fixture.registerInjectableResource(BlamelessLanguagePolicy.defaults());
        fixture.registerInjectableResource(CHART);
    }

    @Test
    void aResolutionDraftsAPostmortemWithTheIncidentsFactsOwnedByTheCommander() {
        DraftPostmortem draft = drafting.draftFor(resolved(IncidentSeverity.SEV1), NOW);

        assertThat(draft.postmortemId()).isEqualTo(ID);
        assertThat(draft.publishDueAt()).isEqualTo(RESOLVED.plus(Duration.ofHours(72)));
        fixture.givenNoPriorActivity()
                .when(draft)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PostmortemDrafted(ID, draft.incident(), "U0CAROL", true,
                        RESOLVED.plus(Duration.ofHours(72)), NOW, ladder(draft)));
        IncidentFacts facts = draft.incident();
        assertThat(facts.service()).isEqualTo("cart-api");
        assertThat(facts.reference()).isEqualTo("INC-9");
        assertThat(facts.severity()).isEqualTo("SEV1");
        assertThat(facts.timeToMitigate()).isEqualTo(Duration.ofMinutes(10));
        assertThat(facts.signals()).extracting(IncidentFacts.Signal::alertName).containsExactly("CartWriteErrors");
        assertThat(facts.statusUpdates()).extracting(IncidentFacts.StatusUpdate::label)
                .containsExactly("IDENTIFIED");
        assertThat(facts.signalsOmitted()).isZero();
    }

    @Test
    void aResolutionThatLeftSignalsOutSaysHowManyInThePostmortemsFacts() {
        IncidentResolved all = resolved(IncidentSeverity.SEV1);
        IncidentResolved sampled = new IncidentResolved(all.eventId(), all.occurredAt(), 2, all.incidentId(),
                all.service(), all.reference(), all.number(), all.title(), all.severity(), all.commander(),
                all.summary(), all.resolvedBy(), all.declaredAt(), all.acknowledgedAt(), all.mitigatedAt(),
                all.resolvedAt(), all.timeToAcknowledge(), all.timeToMitigate(), all.timeToResolve(), all.signals(),
                all.statusUpdates(), 9_500);

        assertThat(drafting.draftFor(sampled, NOW).incident().signalsOmitted()).isEqualTo(9_500);
    }

    @Test
    void factsDraftedBeforeSignalsOmittedExistedReadAsHavingAllTheirSignals() {
        tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
        tools.jackson.databind.node.ObjectNode stored = (tools.jackson.databind.node.ObjectNode) json.readTree(
                json.writeValueAsString(drafting.draftFor(resolved(IncidentSeverity.SEV1), NOW).incident()));
        stored.remove("signalsOmitted");

        assertThat(json.readValue(stored.toString(), IncidentFacts.class).signalsOmitted()).isZero();
    }

    @Test
    void belowTheMandatorySeverityItIsStillDraftedButOptional() {
        DraftPostmortem draft = drafting.draftFor(resolved(IncidentSeverity.SEV3), NOW);

        assertThat(draft.mandatory()).isFalse();
        assertThat(drafting.draftFor(resolved(IncidentSeverity.SEV2), NOW).mandatory()).isTrue();
        fixture.givenNoPriorActivity().when(draft)
                .expectEvents(new PostmortemDrafted(ID, draft.incident(), "U0CAROL", false, draft.publishDueAt(),
                        NOW, List.of()))
                .expectNoScheduledDeadlines();
    }

    @Test
    void aSecondResolutionOfTheSameIncidentDraftsNothing() {
        DraftPostmortem first = drafting.draftFor(resolved(IncidentSeverity.SEV1), NOW);
        DraftPostmortem afterReopen = drafting.draftFor(resolved(IncidentSeverity.SEV2), NOW.plusSeconds(900));

        fixture.given(drafted(first))
                .when(afterReopen)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anEditIsRecordedWithItsAuthor() {
        PostmortemSections changes = new PostmortemSections("Cart writes failed for an hour", null, null,
                List.of("The migration locked the carts table"), null, null);

        fixture.given(drafted())
                .when(new EditPostmortem(ID, changes, "alice", NOW))
                .expectEvents(new PostmortemEdited(ID, changes, "alice", NOW));
    }

    @Test
    void anEmptyEditIsRefused() {
        fixture.given(drafted())
                .when(new EditPostmortem(ID, PostmortemSections.EMPTY, "alice", NOW))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void publishingWithBlamePhrasingIsRefusedWithTheFlags() {
        fixture.given(drafted(), edited(new PostmortemSections("Caused by human error", null, null, null, null,
                        null)))
                .when(new PublishPostmortem(ID, null, "alice", NOW))
                .expectException(PostmortemNotBlameless.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("1 place(s)"))
                .expectNoEvents();
    }

    @Test
    void publishingWithAnOverrideRecordsTheReasonAuthorAndFlags() {
        fixture.given(drafted(), edited(new PostmortemSections("Caused by human error", null, null, null, null,
                        null)))
                .when(new PublishPostmortem(ID, "  quoting the customer's words  ", "bob", NOW))
                .expectEvents(new PostmortemPublished(ID, "bob", NOW, "quoting the customer's words",
                        List.of(new BlamelessFlag("summary", "human error", BlamelessLanguagePolicy.GUARDRAIL))));
    }

    @Test
    void aBlamelessPostmortemIsPublishedWithoutOverride() {
        fixture.given(drafted(), edited(new PostmortemSections("The deploy failed to roll back", null, null,
                        List.of("No check stopped a locking migration"), null, null)))
                .when(new PublishPostmortem(ID, "not needed", "bob", NOW))
                .expectEvents(new PostmortemPublished(ID, "bob", NOW, null, List.of()));
    }

    @Test
    void aPublishedPostmortemIsNeitherEditedNorPublishedAgain() {
        PostmortemPublished published = new PostmortemPublished(ID, "bob", NOW, null, List.of());
        fixture.given(drafted(), published)
                .when(new EditPostmortem(ID, new PostmortemSections("later", null, null, null, null, null),
                        "alice", NOW))
                .expectException(IllegalStateException.class);
        fixture.given(drafted(), published)
                .when(new PublishPostmortem(ID, null, "bob", NOW))
                .expectException(IllegalStateException.class);
    }

    private PostmortemDrafted drafted() {
        return drafted(drafting.draftFor(resolved(IncidentSeverity.SEV1), NOW));
    }

    private static PostmortemDrafted drafted(DraftPostmortem draft) {
        return new PostmortemDrafted(draft.postmortemId(), draft.incident(), draft.incident().owner(),
                draft.mandatory(), draft.publishDueAt(), draft.draftedAt(), ladder(draft));
    }

    static List<FollowUpStep> ladder(DraftPostmortem draft) {
        return draft.mandatory() ? FollowUpLadder.of(draft.incident().owner(), draft.draftedAt(),
                draft.publishDueAt(), CHART.settings(), CHART).steps() : List.of();
    }

    private static PostmortemEdited edited(PostmortemSections changes) {
        return new PostmortemEdited(ID, changes, "alice", NOW);
    }

    static IncidentResolved resolved(IncidentSeverity severity) {
        return new IncidentResolved(UUID.randomUUID(), RESOLVED, 2, "incident-1", "cart-api", "INC-9", 9,
                "Cart writes failing", severity, "U0CAROL", "Rolled back", "U0DAVE", DECLARED,
                DECLARED.plusSeconds(90), DECLARED.plusSeconds(600), RESOLVED, Duration.ofSeconds(90),
                Duration.ofSeconds(600), Duration.ofSeconds(3600),
                List.of(new IncidentResolved.Signal("CartWriteErrors", SignalStatus.FIRING, "alertmanager",
                        DECLARED, "Cart writes fail")),
                List.of(new IncidentResolved.StatusUpdate(1, StatusLabel.IDENTIFIED, "A bad deploy", "5% of carts",
                        "U0CAROL", DECLARED.plusSeconds(300))));
    }
}
