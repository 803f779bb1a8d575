package io.beacon.postmortem.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at {@code /v3/api-docs} (springdoc): the API's title and its bearer scheme. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI postmortemApi() {
        return new OpenAPI()
                .info(new Info().title("Beacon postmortem API").version("1")
                        .description("Postmortems and their action items. Changes need a bearer token from "
                                + "BEACON_API_TOKENS (subject:role:token); the subject is recorded as the actor; "
                                + "deprioritising an action item needs the role manager. Reads are open. Errors are "
                                + "RFC 9457 problem details."))
                .components(new Components().addSecuritySchemes("bearer", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("A token of BEACON_API_TOKENS")));
    }
}
