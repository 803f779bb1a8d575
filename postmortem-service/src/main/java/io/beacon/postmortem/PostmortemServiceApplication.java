package io.beacon.postmortem;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PostmortemServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(PostmortemServiceApplication.class, args);
    }
}
