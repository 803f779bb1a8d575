package io.beacon.incident.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.junit.jupiter.web.SpringJUnitWebConfig;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** No {@code beacon.api.tokens}: the service starts (with a warning) and refuses every change. */
@SpringJUnitWebConfig(SecuredWebStandIn.class)
class NoTokensConfiguredTest {

    MockMvc mvc;

    @BeforeEach
    void mvc(@Autowired WebApplicationContext context) {
        mvc = SecuredWebStandIn.mvc(context);
    }

    @Test
    void everyMutationIsRefusedAndReadsStayOpen() throws Exception {
        mvc.perform(post("/api/incidents")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/incidents/x/acknowledgement").header("Authorization", "Bearer anything"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/incidents")).andExpect(status().isOk());
    }
}
