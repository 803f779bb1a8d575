package io.beacon.incident.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at {@code /v3/api-docs} (springdoc): the API's title and its bearer scheme. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "bearer";

    @Bean
    OpenAPI incidentApi() {
        return new OpenAPI()
                .info(new Info().title("Beacon incident API").version("1")
                        .description("Declare and run incidents. Mutations need a bearer token from BEACON_API_TOKENS "
                                + "(subject:role:token); the subject is recorded as the actor. Reads are open unless "
                                + "BEACON_API_READS_REQUIRE_TOKEN=true. Errors are RFC 9457 problem details."))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("A token of BEACON_API_TOKENS; its role (responder, commander, manager) decides "
                                + "which mutations it may call")));
    }
}
