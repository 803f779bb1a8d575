package io.beacon.gateway.signal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The clock that stamps {@code occurredAt}; a bean so that tests can fix it. */
@Configuration(proxyBeanMethods = false)
class SignalConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
