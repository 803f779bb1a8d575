package io.beacon.postmortem;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.persistence.autoconfigure.EntityScan;

/** postmortem-service: incidents from incident-service's events, event-sourced postmortems, the postmortem API. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EntityScan(basePackages = {
        "io.beacon.postmortem",
        "org.axonframework.eventsourcing.eventstore.jpa",
        "org.axonframework.eventhandling.tokenstore.jpa",
        "org.axonframework.modelling.saga.repository.jpa"})
public class PostmortemServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(PostmortemServiceApplication.class, args);
    }
}
