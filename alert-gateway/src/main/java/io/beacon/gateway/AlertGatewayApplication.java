package io.beacon.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class AlertGatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(AlertGatewayApplication.class, args);
    }
}
