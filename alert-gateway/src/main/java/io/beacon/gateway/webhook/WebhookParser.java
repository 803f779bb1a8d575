package io.beacon.gateway.webhook;

import io.beacon.gateway.signal.SignalLimits;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

import java.io.InputStream;
import java.util.List;

/**
 * Reads a body as an {@link AlertmanagerWebhook} straight from the request stream, once: the bytes are never
 * collected, so a 10,000-alert webhook is held in memory only as its model. At most
 * {@link SignalLimits#MAX_BODY_BYTES} are read. Anything that is not JSON of the webhook's shape is malformed.
 */
@Component
public class WebhookParser {

    /**
     * Its own mapper: Jackson's default refuses names over 50,000 chars as malformed, yet an absurd label name is a
     * field to cut ({@link io.beacon.gateway.signal.SignalLimits#MAX_NAME_CHARS}), not a reason to drop the alert.
     * Nothing in the body can be longer than the body itself.
     */
    private static final JsonMapper WEBHOOK_JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNameLength(SignalLimits.MAX_BODY_BYTES)
                            .maxStringLength(SignalLimits.MAX_BODY_BYTES)
                            .build())
                    .build())
            // The servlet container owns the request stream; closing it early breaks the 413 for a chunked body.
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    /** @param declaredLength the request's Content-Length, -1 when it declares none */
    public AlertmanagerWebhook parse(InputStream body, long declaredLength) {
        LimitedBody limited = LimitedBody.of(body, declaredLength, SignalLimits.MAX_BODY_BYTES);
        try (JsonParser parser = WEBHOOK_JSON.createParser(limited)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new MalformedWebhookException("The body is empty", List.of());
            }
            if (first == JsonToken.VALUE_NULL) {
                throw new MalformedWebhookException("The body is JSON null", List.of());
            }
            return WEBHOOK_JSON.readValue(parser, AlertmanagerWebhook.class);
        } catch (StreamReadException notJson) {
            throw limited.exceeded() ? LimitedBody.tooLarge(SignalLimits.MAX_BODY_BYTES)
                    : new MalformedWebhookException("The body is not valid JSON" + where(notJson.getLocation()),
                    List.of());
        } catch (JacksonException wrongShape) {
            if (limited.exceeded()) {
                throw LimitedBody.tooLarge(SignalLimits.MAX_BODY_BYTES);
            }
            throw new MalformedWebhookException("The body is JSON but not of the webhook's shape",
                    List.of(new Violation(pointer(wrongShape), "has the wrong JSON type")));
        }
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
