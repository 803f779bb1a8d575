package io.beacon.gateway.webhook;

import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads a body as an {@link AlertmanagerWebhook}; anything that is not JSON of that shape is malformed. */
@Component
public class WebhookParser {

    private final JsonMapper jsonMapper;

    public WebhookParser(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    public AlertmanagerWebhook parse(byte[] body) {
        if (new String(body, StandardCharsets.UTF_8).isBlank()) {
            throw new MalformedWebhookException("The body is empty", List.of());
        }
        AlertmanagerWebhook webhook;
        try {
            webhook = jsonMapper.readValue(body, AlertmanagerWebhook.class);
        } catch (StreamReadException notJson) {
            throw new MalformedWebhookException("The body is not valid JSON" + where(notJson.getLocation()), List.of());
        } catch (JacksonException wrongShape) {
            String pointer = pointer(wrongShape);
            throw new MalformedWebhookException("The body is JSON but not of the webhook's shape",
                    List.of(new Violation(pointer, "has the wrong JSON type")));
        }
        if (webhook == null) {
            throw new MalformedWebhookException("The body is JSON null", List.of());
        }
        return webhook;
    }

    /** Only the position: Jackson's message quotes the body, which is not ours to echo. */
    private static String where(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String pointer(JacksonException exception) {
        String pointer = "";
        for (JacksonException.Reference step : exception.getPath()) {
            pointer = Violation.pointer(pointer, step.getPropertyName() != null ? step.getPropertyName() : step.getIndex());
        }
        return pointer;
    }
}
