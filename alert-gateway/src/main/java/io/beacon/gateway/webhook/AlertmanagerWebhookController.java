package io.beacon.gateway.webhook;

import io.beacon.contracts.AlertSignalReceived;
import io.beacon.gateway.publishing.AlertSignalPublisher;
import io.beacon.gateway.signal.AlertSignalMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.util.List;

/**
 * {@code POST /webhooks/alertmanager}: answers 202 only once every alert of the body is acknowledged by Kafka,
 * because Alertmanager forgets an alert as soon as it sees a 2xx. Authentication happened before this
 * (package {@code security}); every refusal is rendered by package {@code web}.
 */
@RestController
class AlertmanagerWebhookController {

    static final String PATH = "/webhooks/alertmanager";
    private static final Logger log = LoggerFactory.getLogger(AlertmanagerWebhookController.class);

    private final WebhookParser parser;
    private final WebhookValidator validator;
    private final AlertSignalMapper mapper;
    private final AlertSignalPublisher publisher;

    AlertmanagerWebhookController(WebhookParser parser, WebhookValidator validator,
                                  AlertSignalMapper mapper, AlertSignalPublisher publisher) {
        this.parser = parser;
        this.validator = validator;
        this.mapper = mapper;
        this.publisher = publisher;
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<WebhookAccepted> receive(HttpServletRequest request) throws IOException {
        AlertmanagerWebhook webhook = parser.parse(request.getInputStream(), request.getContentLengthLong());
        List<AlertSignalReceived> signals = validator.validate(webhook).stream().map(mapper::toSignal).toList();
        if (webhook.truncatedAlerts() != null && webhook.truncatedAlerts() > 0) {
            log.warn("Alertmanager cut {} alert(s) from group {} (max_alerts); they are not in this delivery",
                    webhook.truncatedAlerts(), webhook.groupKey());
        }
        publisher.publish(signals);
        log.info("Accepted {} alert(s) from receiver {} group {}", signals.size(), webhook.receiver(),
                webhook.groupKey());
        return ResponseEntity.accepted().body(WebhookAccepted.of(signals));
    }
}
