package io.beacon.incident.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.junit.jupiter.web.SpringJUnitWebConfig;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code beacon.api.reads-require-token=true}: any valid token reads, nobody else does; probes stay open. */
@SpringJUnitWebConfig(SecuredWebStandIn.class)
@TestPropertySource(properties = {"beacon.api.tokens=" + SecuredWebStandIn.TOKENS,
        "beacon.api.reads-require-token=true"})
class ReadsRequireTokenTest {

    MockMvc mvc;

    @BeforeEach
    void mvc(@Autowired WebApplicationContext context) {
        mvc = SecuredWebStandIn.mvc(context);
    }

    @Test
    void readsNeedAValidTokenOfAnyRole() throws Exception {
        mvc.perform(get("/api/incidents")).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"));
        mvc.perform(get("/api/incidents/INC-1").header("Authorization", "Bearer nope"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/incidents").header("Authorization", "Bearer r-token"))
                .andExpect(status().isOk()).andExpect(content().string("rita"));
    }

    @Test
    void probesAndApiDocsStayOpen() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk());
    }
}
