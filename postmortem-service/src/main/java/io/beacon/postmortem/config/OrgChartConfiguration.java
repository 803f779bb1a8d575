package io.beacon.postmortem.config;

import io.beacon.postmortem.followup.OrgChart;
import io.beacon.postmortem.followup.OrgFileReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The org chart from {@code BEACON_ORG_FILE} ({@code beacon.org-file}), read once at start-up. A bad file stops the
 * service with every problem listed (an escalation ladder silently missing its managers would be worse); no file
 * means nobody is escalated to and the follow-up durations are the defaults.
 */
@Configuration(proxyBeanMethods = false)
class OrgChartConfiguration {

    private static final Logger log = LoggerFactory.getLogger(OrgChartConfiguration.class);

    @Bean
    OrgChart orgChart(@Value("${beacon.org-file:}") String location, ResourceLoader resources) {
        if (location == null || location.isBlank()) {
            log.warn("No org file (BEACON_ORG_FILE): action items and postmortems remind their owners, but nobody is"
                    + " escalated to and nobody can approve a deprioritisation");
            return OrgChart.empty();
        }
        String where = location.strip();
        // a plain path is a file (as the on-call file's file: locations are); classpath: and file: work too
        Resource resource = where.startsWith("classpath:") || where.startsWith("file:")
                ? resources.getResource(where) : new FileSystemResource(where);
        String yaml;
        try {
            yaml = resource.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("BEACON_ORG_FILE " + where + " can't be read: " + e.getMessage(), e);
        }
        OrgChart chart = new OrgFileReader().read(where, yaml);
        log.info("Org file {}: {} people, follow-up {}", where, chart.people().size(), chart.settings());
        return chart;
    }
}
