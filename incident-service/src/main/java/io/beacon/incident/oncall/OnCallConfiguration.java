package io.beacon.incident.oncall;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/** Reads the on-call file named by {@code beacon.oncall.file}; start-up fails when it is invalid. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OnCallProperties.class)
class OnCallConfiguration {

    @Bean
    OnCallFileDirectory onCallDirectory(OnCallProperties properties, ResourceLoader resources) {
        return new OnCallFileDirectory(resources.getResource(properties.file()));
    }

    @Bean
    DefaultTeamChannel deadmanChannel(OnCallFileDirectory onCallDirectory) {
        return new DefaultTeamChannel(onCallDirectory);
    }
}
