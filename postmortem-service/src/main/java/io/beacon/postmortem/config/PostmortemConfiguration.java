package io.beacon.postmortem.config;

import io.beacon.postmortem.followup.OrgChart;
import io.beacon.postmortem.incident.IncidentResolvedListener;
import io.beacon.postmortem.postmortem.BlamelessLanguagePolicy;
import io.beacon.postmortem.postmortem.PostmortemDrafting;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import io.beacon.eventstore.EventStoreConfiguration;

import java.time.Duration;

import java.time.Clock;

/**
 * The postmortem beans. Event handler failures propagate, so the view's processor backs off and retries instead
 * of skipping an event (Axon's default logs and moves on: a stale read model). In the groups with a dead-letter
 * queue (all of them, application.yml) the queue's invoker sees a failure first: permanent ones are parked there and
 * only transient ones reach this handler (the dead-letters module).
 */
@Configuration(proxyBeanMethods = false)
@Import(EventStoreConfiguration.class)
class PostmortemConfiguration {

    @Autowired
    void propagateHandlerFailures(EventProcessingConfigurer processing) {
        processing.registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
    }

    /** Injected into the aggregate's publish handler by Axon (a Spring bean as a handler parameter). */
    @Bean
    BlamelessLanguagePolicy blamelessLanguagePolicy(PostmortemProperties properties) {
        return properties.blamelessPolicy();
    }

    @Bean
    PostmortemDrafting postmortemDrafting(PostmortemProperties properties, OrgChart chart) {
        return new PostmortemDrafting(chart.settings().publishWithin(), properties.mandatoryUpTo());
    }

    /**
     * Drafts the postmortem in the intake's transaction: the command joins it, so the drafted event and the
     * processed event id commit together. The command is idempotent, so a second resolution changes nothing.
     */
    @Bean
    IncidentResolvedListener draftPostmortemOnResolution(PostmortemDrafting drafting, CommandGateway commands) {
        Clock clock = Clock.systemUTC();
        return resolved -> commands.sendAndWait(drafting.draftFor(resolved, clock.instant()));
    }
}
