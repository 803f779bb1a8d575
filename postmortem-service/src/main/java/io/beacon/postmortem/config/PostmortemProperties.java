package io.beacon.postmortem.config;

import io.beacon.contracts.IncidentSeverity;
import io.beacon.postmortem.postmortem.BlamelessLanguagePolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * {@code beacon.postmortems.*}: the severities that must have a postmortem (default SEV2 and worse), and the
 * blameless check's rules (README lists the defaults). The publish deadline is the org file's
 * {@code follow-up.publish-within}, with the rest of the follow-up durations.
 */
@ConfigurationProperties("beacon.postmortems")
record PostmortemProperties(IncidentSeverity mandatoryUpTo, Blameless blameless) {

    /**
     * @param phrases replaces the built-in phrase list when not empty
     * @param names   people whose names are flagged in contributing factors and before "failed to"
     */
    record Blameless(List<BlamelessLanguagePolicy.Rule> phrases, List<String> names) {
    }

    BlamelessLanguagePolicy blamelessPolicy() {
        return blameless == null ? BlamelessLanguagePolicy.defaults()
                : new BlamelessLanguagePolicy(blameless.phrases(), blameless.names());
    }
}
