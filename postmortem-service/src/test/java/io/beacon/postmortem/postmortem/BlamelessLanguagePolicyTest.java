package io.beacon.postmortem.postmortem;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BlamelessLanguagePolicyTest {

    private final BlamelessLanguagePolicy policy = new BlamelessLanguagePolicy(null, List.of("Dana Smith"));

    @ParameterizedTest
    @ValueSource(strings = {
            "It was Human Error.", "operator error on the console", "He forgot to drain the node",
            "a careless change", "changed carelessly", "sheer carelessness", "a sloppy review",
            "the reviewer was negligent", "negligence", "an incompetent rollout", "they didn't bother to test",
            "they didn’t bother to test", "nobody did not bother", "she should have known", "we should've known",
            "the fault of the release manager", "the team at fault", "we don't want to blame anyone",
            "the on-call was blamed", "no blaming here"})
    void flagsEachBlamePhraseInAnySection(String text) {
        List<BlamelessFlag> flags = policy.check(summary(text));

        assertThat(flags).as(text).isNotEmpty();
        assertThat(flags.getFirst().section()).isEqualTo("summary");
        assertThat(text.toLowerCase()).contains(flags.getFirst().matched().toLowerCase());
        assertThat(flags.getFirst().suggestion()).isNotBlank();
    }

    @Test
    void humanErrorSuggestsNamingTheMissingGuardrail() {
        assertThat(policy.check(summary("Root cause: HUMAN   ERROR")))
                .containsExactly(new BlamelessFlag("summary", "HUMAN   ERROR", BlamelessLanguagePolicy.GUARDRAIL));
    }

    @ParameterizedTest
    @ValueSource(strings = {"he failed to", "She failed to", "they had failed to", "the engineer failed to",
            "The on-call engineer failed to", "<@U0ALICE> failed to", "@bob failed to", "Dana Smith failed to"})
    void failedToIsFlaggedAfterAPerson(String subject) {
        assertThat(policy.check(summary(subject + " roll back the deploy")))
                .extracting(BlamelessFlag::suggestion)
                .contains(BlamelessLanguagePolicy.PERSON_FAILED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The deploy failed to roll back", "the health check failed to detect it",
            "Kubernetes failed to schedule the pods", "failed to connect to the database"})
    void failedToAboutASystemIsFine(String text) {
        assertThat(policy.check(summary(text))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bob's mistake", "it was Alice’s fault", "<@U0BOB>'s oversight", "the intern's screw-up"})
    void somebodysMistakeIsFlagged(String text) {
        assertThat(policy.check(summary(text))).extracting(BlamelessFlag::matched).containsExactly(text
                .replaceFirst("^(it was |the )", ""));
    }

    @Test
    void individualsNamedInContributingFactorsAreFlaggedButNotElsewhere() {
        PostmortemSections sections = new PostmortemSections("<@U0ALICE> rolled back at 03:10", null,
                List.of("@bob paged <@U0ALICE>"),
                List.of("No lock timeout on migrations", "<@U0ALICE|alice> ran the migration",
                        "@bob.jones approved it.", "dana smith merged it", "mail ops@example.com"),
                null, null);

        assertThat(policy.check(sections)).extracting(BlamelessFlag::section, BlamelessFlag::matched)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("contributingFactors[1]", "<@U0ALICE|alice>"),
                        org.assertj.core.groups.Tuple.tuple("contributingFactors[2]", "@bob.jones"),
                        org.assertj.core.groups.Tuple.tuple("contributingFactors[3]", "dana smith"));
    }

    @Test
    void wordsThatMerelyContainAPhraseAreFine() {
        assertThat(policy.check(new PostmortemSections("The error budget burned; blameless review; faultless "
                        + "failover; the forgotten cron job", "Human errors page was fine? no: humanerror", null,
                List.of("Retry storm after the cache flush"), "Fast rollback", "Low traffic at 3 a.m.")))
                .extracting(BlamelessFlag::matched).isEmpty();
    }

    @Test
    void configuredPhrasesReplaceTheDefaults() {
        BlamelessLanguagePolicy custom = new BlamelessLanguagePolicy(
                List.of(new BlamelessLanguagePolicy.Rule("dropped the ball", "Say which handover was missing")),
                List.of());

        assertThat(custom.check(summary("Ops dropped the ball; human error")))
                .containsExactly(new BlamelessFlag("summary", "dropped the ball", "Say which handover was missing"));
    }

    @Test
    void aBlamelessWriteUpHasNoFlags() {
        assertThat(policy.check(new PostmortemSections("Checkout failed for 12 minutes",
                "5% of carts could not be saved", List.of("03:10 the rollback began"),
                List.of("Why? The migration locked the table", "Why? No lock timeout is set by default"),
                "The alert fired within a minute", "It happened at low traffic"))).isEmpty();
    }

    private static PostmortemSections summary(String text) {
        return new PostmortemSections(text, null, null, null, null, null);
    }
}
