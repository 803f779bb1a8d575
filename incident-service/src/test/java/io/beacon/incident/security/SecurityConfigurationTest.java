package io.beacon.incident.security;

import io.beacon.apisecurity.ApiRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.junit.jupiter.web.SpringJUnitWebConfig;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who gets through to which endpoint, by token and role; reads open (the default). */
@SpringJUnitWebConfig(SecuredWebStandIn.class)
@TestPropertySource(properties = "beacon.api.tokens=" + SecuredWebStandIn.TOKENS)
class SecurityConfigurationTest {

    static final Map<ApiRole, String> TOKENS = Map.of(ApiRole.RESPONDER, "r-token", ApiRole.COMMANDER, "c-token",
            ApiRole.MANAGER, "m-token");
    MockMvc mvc;

    @BeforeEach
    void mvc(@Autowired WebApplicationContext context) {
        mvc = SecuredWebStandIn.mvc(context);
    }

    @Test
    void everyRoleReachesExactlyTheOperationsTheMatrixGivesIt() throws Exception {
        for (ApiOperation operation : ApiOperation.values()) {
            for (ApiRole role : ApiRole.values()) {
                int status = mvc.perform(requestFor(operation).header("Authorization", "Bearer " + TOKENS.get(role)))
                        .andReturn().getResponse().getStatus();
                assertThat(status).as(role + " " + operation).isEqualTo(operation.allows(role) ? 200 : 403);
            }
        }
    }

    @Test
    void theCallerIsTheTokensSubject() throws Exception {
        mvc.perform(post("/api/incidents/x/acknowledgement").header("Authorization", "Bearer r-token"))
                .andExpect(status().isOk()).andExpect(content().string("rita"));
    }

    @Test
    void aMutationWithoutOrWithAWrongTokenIsAnUnauthenticatedProblem() throws Exception {
        for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[]{
                post("/api/incidents"),
                post("/api/incidents").header("Authorization", "Bearer r-token-not"),
                post("/api/incidents").header("Authorization", "Basic cml0YTpyLXRva2Vu")}) {
            mvc.perform(request)
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer")))
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.type").value("urn:beacon:problem:unauthenticated"))
                    .andExpect(jsonPath("$.status").value(401));
        }
    }

    @Test
    void aWrongRoleIsAForbiddenProblemNamingTheRole() throws Exception {
        mvc.perform(request(HttpMethod.PUT, "/api/incidents/x/severity").header("Authorization", "Bearer r-token"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.type").value("urn:beacon:problem:forbidden"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("responder")));
    }

    @Test
    void readsAreOpenButAWrongTokenIsStillRefused() throws Exception {
        mvc.perform(get("/api/incidents")).andExpect(status().isOk()).andExpect(content().string("anonymous"));
        mvc.perform(get("/api/incidents/INC-1/timeline").header("Authorization", "Bearer c-token"))
                .andExpect(status().isOk()).andExpect(content().string("cora"));
        mvc.perform(get("/api/incidents").header("Authorization", "Bearer nope")).andExpect(status().isUnauthorized());
    }

    @Test
    void anApiMutationNobodyListedNeedsAManager() throws Exception {
        mvc.perform(request(HttpMethod.DELETE, "/api/incidents/x").header("Authorization", "Bearer c-token"))
                .andExpect(status().isForbidden());
        mvc.perform(request(HttpMethod.DELETE, "/api/incidents/x").header("Authorization", "Bearer m-token"))
                .andExpect(status().isOk());
    }

    @Test
    void probesApiDocsAndSlackAreOpenEverythingElseIsClosed() throws Exception {
        for (String open : new String[]{"/actuator/health", "/actuator/health/readiness", "/actuator/info",
                "/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/swagger-config"}) {
            mvc.perform(get(open)).andExpect(status().isOk());
        }
        for (String slack : new String[]{"/slack/commands", "/slack/interactions"}) {
            mvc.perform(post(slack).header("Authorization", "Bearer not-ours")).andExpect(status().isOk());
        }
        mvc.perform(get("/actuator/env")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/env").header("Authorization", "Bearer c-token")).andExpect(status().isForbidden());
        mvc.perform(get("/elsewhere")).andExpect(status().isUnauthorized());
    }

    private static MockHttpServletRequestBuilder requestFor(ApiOperation operation) {
        String path = operation.pathPattern().replace("/**", "/outbox").replace("*", "INC-7");
        return request(operation.method() == null ? HttpMethod.POST : operation.method(), path);
    }
}
