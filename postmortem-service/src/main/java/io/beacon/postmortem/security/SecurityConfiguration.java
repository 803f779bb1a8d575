package io.beacon.postmortem.security;

import io.beacon.apisecurity.ApiProperties;
import io.beacon.apisecurity.ApiRole;
import io.beacon.apisecurity.ApiTokenIntrospector;
import io.beacon.apisecurity.ApiTokens;
import io.beacon.apisecurity.SecurityProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * One stateless filter chain: reads of {@code /api/**} and the OpenAPI document open, except {@code /api/admin/**}
 * (the Slack outbox's admin endpoint), which needs a manager's token for every method; changes to postmortems and
 * action items need a bearer token of any role (its subject is the actor recorded), deprioritising an action item
 * and sending the weekly digests now ({@code POST /api/digests}) the role {@code manager}; health/info/prometheus open;
 * everything else refused. No sessions, no CSRF tokens: nothing here relies on a cookie.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(ApiProperties.class)
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    ApiTokens apiTokens(ApiProperties properties) {
        ApiTokens tokens = ApiTokens.parse(properties.tokens());
        if (tokens.isEmpty()) {
            log.warn("No API token configured (BEACON_API_TOKENS): every change through /api/postmortems is "
                    + "refused with 401. Set it to {} (comma-separated)", ApiTokens.FORMAT);
        } else {
            log.info("{} API token(s) configured; reads are open", tokens.size());
        }
        return tokens;
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokens tokens, JsonMapper json) throws Exception {
        SecurityProblems problems = new SecurityProblems(json, "postmortem-service/README.md");
        String[] roles = java.util.Arrays.stream(ApiRole.values()).map(Enum::name).toArray(String[]::new);
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/actuator/prometheus").permitAll()
                        .requestMatchers("/error").permitAll()
                        // the Slack outbox's admin endpoint (and any later admin API): managers only, reads too
                        .requestMatchers("/api/admin/**").hasRole(ApiRole.MANAGER.name())
                        .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/**").permitAll()
                        .requestMatchers(HttpMethod.PATCH, "/api/postmortems/*").hasAnyRole(roles)
                        .requestMatchers(HttpMethod.POST, "/api/postmortems/*/publication").hasAnyRole(roles)
                        .requestMatchers(HttpMethod.POST, "/api/postmortems/*/action-items").hasAnyRole(roles)
                        // accepting a risk is a manager's call; the aggregate also checks they manage the owner
                        .requestMatchers(HttpMethod.POST, "/api/action-items/*/deprioritisation")
                        .hasRole(ApiRole.MANAGER.name())
                        // sends this week's manager digests now: a manager's call, like accepting a risk
                        .requestMatchers(HttpMethod.POST, "/api/digests").hasRole(ApiRole.MANAGER.name())
                        .requestMatchers(HttpMethod.POST, "/api/action-items/*/start", "/api/action-items/*/completion",
                                "/api/action-items/*/reopening").hasAnyRole(roles)
                        .requestMatchers(HttpMethod.PATCH, "/api/action-items/*").hasAnyRole(roles)
                        .anyRequest().denyAll())
                .oauth2ResourceServer(server -> server
                        .bearerTokenResolver(apiOnly())
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems)
                        .opaqueToken(opaque -> opaque.introspector(new ApiTokenIntrospector(tokens))))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    /** Reads a bearer token only on the API: a stray {@code Authorization} header on the probes must not 401. */
    private static BearerTokenResolver apiOnly() {
        DefaultBearerTokenResolver resolver = new DefaultBearerTokenResolver();
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        return request -> api.matches(request) ? resolver.resolve(request) : null;
    }
}
