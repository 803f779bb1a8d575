package io.beacon.postmortem.notification;

import io.beacon.slack.SlackOutbox;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.time.Instant;

/**
 * The follow-up DMs. Their processor starts, the first time it runs against a database, ten minutes back rather
 * than at the beginning of the event store: upgrading a platform that already has postmortems must not DM every
 * owner about every old one, and the ten minutes cover events written while the service was starting.
 */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

    static final Duration FIRST_START_LOOKBACK = Duration.ofMinutes(10);

    @Autowired
    void startNearTheHead(EventProcessingConfigurer processing) {
        processing.registerPooledStreamingEventProcessorConfiguration(FollowUpNotifier.PROCESSING_GROUP,
                (config, builder) -> builder.initialToken(source ->
                        source.createTokenAt(Instant.now().minus(FIRST_START_LOOKBACK))));
    }

    @Bean
    FollowUpMessages followUpMessages(@Value("${beacon.postmortems.api-url}") String apiUrl,
                                      @Value("${beacon.postmortems.slack-fallback:}") String fallback) {
        return new FollowUpMessages(apiUrl.replaceAll("/+$", ""), fallback.isBlank() ? null : fallback.strip());
    }

    @Bean
    ActionItemFacts actionItemFacts(EventStore events) {
        return new ActionItemFacts(events);
    }

    @Bean
    FollowUpNotifier followUpNotifier(SlackOutbox outbox, FollowUpMessages messages, ActionItemFacts facts) {
        return new FollowUpNotifier(outbox, messages, facts);
    }
}
