package io.beacon.incident.oncall;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param file where the on-call YAML file is, as a Spring resource location ({@code file:/etc/beacon/oncall.yml},
 *             {@code classpath:oncall.yml})
 */
@ConfigurationProperties("beacon.oncall")
public record OnCallProperties(@DefaultValue("classpath:oncall.yml") String file) {
}
