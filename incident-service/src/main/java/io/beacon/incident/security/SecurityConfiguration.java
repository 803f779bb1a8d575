package io.beacon.incident.security;

import io.beacon.apisecurity.ApiProperties;
import io.beacon.apisecurity.ApiTokenIntrospector;
import io.beacon.apisecurity.ApiTokens;
import io.beacon.apisecurity.SecurityProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * One stateless filter chain: bearer tokens on the API ({@link ApiOperation}'s role matrix for mutations, reads open unless
 * {@code beacon.api.reads-require-token}), health/info/prometheus and the OpenAPI document open, Slack's endpoints
 * open to Spring Security (they verify Slack's signature), everything else refused. No sessions, no CSRF tokens:
 * nothing here relies on a cookie.
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
            log.warn("No API token configured (BEACON_API_TOKENS): every change through /api/incidents is refused "
                    + "with 401. Set it to {} (comma-separated)", ApiTokens.FORMAT);
        } else {
            log.info("{} API token(s) configured; reads {}", tokens.size(),
                    properties.readsRequireToken() ? "need a token" : "are open");
        }
        return tokens;
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokens tokens, ApiProperties properties, JsonMapper json)
            throws Exception {
        SecurityProblems problems = new SecurityProblems(json, "incident-service/README.md");
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(requests -> authorize(requests, properties.readsRequireToken()))
                .oauth2ResourceServer(server -> server
                        .bearerTokenResolver(apiOnly())
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems)
                        .opaqueToken(opaque -> opaque.introspector(new ApiTokenIntrospector(tokens))))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    private static void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests,
            boolean readsRequireToken) {
        requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus")
                .permitAll()
                .requestMatchers(HttpMethod.POST, "/slack/commands", "/slack/interactions").permitAll()
                .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml").permitAll()
                .requestMatchers("/error").permitAll();
        for (ApiOperation operation : ApiOperation.values()) {
            var matcher = operation.method() == null ? requests.requestMatchers(operation.pathPattern())
                    : requests.requestMatchers(operation.method(), operation.pathPattern());
            matcher.hasAnyRole(operation.roleNames());
        }
        var reads = requests.requestMatchers(HttpMethod.GET, "/api/**");
        if (readsRequireToken) {
            reads.authenticated();
        } else {
            reads.permitAll();
        }
        requests.requestMatchers("/api/**", "/actuator/**").hasAnyRole(ApiOperation.ADMINISTER.roleNames())
                .anyRequest().denyAll();
    }

    /**
     * Reads a bearer token only where one can matter: a stray {@code Authorization} header on Slack's or the
     * probes' endpoints must not turn them into 401s.
     */
    private static BearerTokenResolver apiOnly() {
        DefaultBearerTokenResolver resolver = new DefaultBearerTokenResolver();
        RequestMatcher tokenPaths = new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
                PathPatternRequestMatcher.withDefaults().matcher("/actuator/**"));
        return request -> tokenPaths.matches(request) ? resolver.resolve(request) : null;
    }
}
