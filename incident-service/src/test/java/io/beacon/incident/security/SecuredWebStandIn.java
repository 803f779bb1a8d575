package io.beacon.incident.security;

import jakarta.servlet.Filter;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;
import tools.jackson.databind.json.JsonMapper;

import java.security.Principal;

/**
 * {@link SecurityConfiguration} in front of a controller that answers every path with the caller's name: the
 * security rules alone, without the incident service behind them.
 */
@TestConfiguration // so that the service's own component scan in the integration tests passes it by
@EnableWebMvc
@EnableWebSecurity
@Import(SecurityConfiguration.class)
class SecuredWebStandIn {

    static final String TOKENS = "rita:responder:r-token,cora:commander:c-token,max:manager:m-token";

    @Bean
    JsonMapper jsonMapper() {
        return JsonMapper.builder().build();
    }

    static MockMvc mvc(WebApplicationContext context) {
        return MockMvcBuilders.webAppContextSetup(context)
                .addFilters(context.getBean("springSecurityFilterChain", Filter.class)).build();
    }

    /** Registered as a member class of this configuration. */
    @RestController
    static class Echo {
        @RequestMapping("/**")
        String caller(Principal caller) {
            return caller == null ? "anonymous" : caller.getName();
        }
    }
}
