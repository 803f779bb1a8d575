package io.beacon.incident.config;

import io.beacon.incident.incident.IncidentRules;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/** The incident rules from {@code beacon.status.*} and {@code beacon.incidents.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IncidentRulesConfiguration.RulesProperties.class)
class IncidentRulesConfiguration {

    /**
     * @param cadence      default interval to the next status update ({@code BEACON_STATUS_CADENCE}, PT30M)
     * @param minInterval  the shortest allowed ({@code BEACON_STATUS_MIN_INTERVAL}, PT5M)
     * @param maxInterval  the longest allowed (PT4H)
     * @param reopenWindow how long a resolved incident may be reopened (PT24H)
     */
    @ConfigurationProperties("beacon.status")
    record RulesProperties(Duration cadence, Duration minInterval, Duration maxInterval, Duration reopenWindow) {
    }

    @Bean
    IncidentRules incidentRules(RulesProperties properties) {
        IncidentRules defaults = IncidentRules.DEFAULTS;
        return new IncidentRules(
                orDefault(properties.cadence(), defaults.statusCadence()),
                orDefault(properties.minInterval(), defaults.minUpdateInterval()),
                orDefault(properties.maxInterval(), defaults.maxUpdateInterval()),
                orDefault(properties.reopenWindow(), defaults.reopenWindow()));
    }

    private static Duration orDefault(Duration value, Duration fallback) {
        return value == null ? fallback : value;
    }
}
