package io.beacon.incident.web.slack;

import com.slack.api.Slack;
import io.beacon.incident.incident.IncidentRules;
import io.beacon.incident.query.IncidentSummaryRepository;
import io.beacon.slack.SlackProperties;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Slack's requests to Beacon: verified with {@code beacon.slack.signing-secret}; the work they ask for runs on a
 * small bounded pool so that each is answered within Slack's 3 s.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SlackProperties.class)
class SlackWebConfiguration {

    /** Slack waits 3 s; the rest is for the network and the answer. */
    static final Duration ANSWER_WITHIN = Duration.ofMillis(2_200);

    @Bean
    SlackRequestVerifier slackRequestVerifier(SlackProperties properties) {
        return new SlackRequestVerifier(properties.signingSecret(), Clock.systemUTC());
    }

    @Bean(destroyMethod = "shutdown")
    ExecutorService slackWorkExecutor() {
        AtomicInteger threads = new AtomicInteger();
        return new ThreadPoolExecutor(2, 8, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(64), runnable -> {
            Thread thread = new Thread(runnable, "slack-work-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    SlackWork slackWork(ExecutorService slackWorkExecutor) {
        return new SlackWork(slackWorkExecutor, ANSWER_WITHIN);
    }

    @Bean
    ResponseUrlReplies responseUrlReplies() {
        return new ResponseUrlReplies(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    }

    @Bean
    IncidentLookup slackIncidentLookup(IncidentSummaryRepository incidents) {
        return new IncidentLookup(incidents);
    }

    @Bean
    IncidentSlackActions incidentSlackActions(CommandGateway commands, IncidentLookup lookup) {
        return new IncidentSlackActions(commands, lookup);
    }

    @Bean
    StatusUpdateForm statusUpdateForm(Slack slack, SlackProperties properties, IncidentRules rules) {
        return new StatusUpdateForm(slack, properties, rules);
    }

    @Bean
    SlashCommandHandler slashCommandHandler(IncidentSlackActions actions, IncidentLookup lookup,
                                            StatusUpdateForm form) {
        return new SlashCommandHandler(actions, lookup, form);
    }

    @Bean
    IncidentButtons incidentButtons(CommandGateway commands, IncidentLookup lookup, IncidentSlackActions actions,
                                    StatusUpdateForm form, SlackWork work, ResponseUrlReplies replies) {
        return new IncidentButtons(commands, lookup, actions, form, work, replies);
    }

    @Bean
    StatusUpdateSubmissions statusUpdateSubmissions(IncidentSlackActions actions, IncidentLookup lookup,
                                                    StatusUpdateForm form, SlackWork work) {
        return new StatusUpdateSubmissions(actions, lookup, form, work);
    }
}
