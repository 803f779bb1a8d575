package io.beacon.slack.delivery;

import com.google.gson.Gson;
import com.slack.api.RequestConfigurator;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.RequestFormBuilder;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import com.slack.api.methods.request.chat.ChatUpdateRequest;
import com.slack.api.methods.request.conversations.ConversationsCreateRequest;
import com.slack.api.methods.request.conversations.ConversationsHistoryRequest;
import com.slack.api.methods.request.conversations.ConversationsInviteRequest;
import com.slack.api.methods.request.pins.PinsAddRequest;
import com.slack.api.methods.request.users.UsersLookupByEmailRequest;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import com.slack.api.methods.response.conversations.ConversationsCreateResponse;
import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.methods.response.conversations.ConversationsInviteResponse;
import com.slack.api.methods.response.pins.PinsAddResponse;
import com.slack.api.methods.response.users.UsersLookupByEmailResponse;
import com.slack.api.util.http.SlackHttpClient;
import com.slack.api.util.json.GsonFactory;
import okhttp3.FormBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

import java.io.IOException;

/**
 * The Slack Web API methods delivery calls, through the SDK's HTTP client, request forms and response classes, with
 * one Gson for every answer. The SDK's {@code MethodsClient} builds a new Gson for each answer it reads, and Gson
 * works out the adapters of the response class's whole model (a posted message's blocks, attachments, files…) by
 * reflection once per instance: under a flood of new incidents that was close to half of the Slack senders' CPU. A
 * Gson is thread-safe and keeps its adapters, so this one is built once, from the client's own configuration.
 */
final class SlackMethods {

    private final SlackHttpClient http;
    private final SlackConfig config;
    private final String token;
    private final Gson gson;

    SlackMethods(Slack slack, String token) {
        this.http = slack.getHttpClient();
        this.config = slack.getConfig();
        this.token = token;
        this.gson = GsonFactory.createSnakeCase(config);
    }

    ChatPostMessageResponse chatPostMessage(
            RequestConfigurator<ChatPostMessageRequest.ChatPostMessageRequestBuilder> request)
            throws IOException, SlackApiException {
        return post("chat.postMessage", RequestFormBuilder.toForm(request.configure(
                ChatPostMessageRequest.builder()).build()), ChatPostMessageResponse.class);
    }

    ChatUpdateResponse chatUpdate(RequestConfigurator<ChatUpdateRequest.ChatUpdateRequestBuilder> request)
            throws IOException, SlackApiException {
        return post("chat.update", RequestFormBuilder.toForm(request.configure(ChatUpdateRequest.builder()).build()),
                ChatUpdateResponse.class);
    }

    PinsAddResponse pinsAdd(RequestConfigurator<PinsAddRequest.PinsAddRequestBuilder> request)
            throws IOException, SlackApiException {
        return post("pins.add", RequestFormBuilder.toForm(request.configure(PinsAddRequest.builder()).build()),
                PinsAddResponse.class);
    }

    ConversationsCreateResponse conversationsCreate(
            RequestConfigurator<ConversationsCreateRequest.ConversationsCreateRequestBuilder> request)
            throws IOException, SlackApiException {
        return post("conversations.create", RequestFormBuilder.toForm(request.configure(
                ConversationsCreateRequest.builder()).build()), ConversationsCreateResponse.class);
    }

    ConversationsInviteResponse conversationsInvite(
            RequestConfigurator<ConversationsInviteRequest.ConversationsInviteRequestBuilder> request)
            throws IOException, SlackApiException {
        return post("conversations.invite", RequestFormBuilder.toForm(request.configure(
                ConversationsInviteRequest.builder()).build()), ConversationsInviteResponse.class);
    }

    ConversationsHistoryResponse conversationsHistory(
            RequestConfigurator<ConversationsHistoryRequest.ConversationsHistoryRequestBuilder> request)
            throws IOException, SlackApiException {
        return post("conversations.history", RequestFormBuilder.toForm(request.configure(
                ConversationsHistoryRequest.builder()).build()), ConversationsHistoryResponse.class);
    }

    UsersLookupByEmailResponse usersLookupByEmail(
            RequestConfigurator<UsersLookupByEmailRequest.UsersLookupByEmailRequestBuilder> request)
            throws IOException, SlackApiException {
        return post("users.lookupByEmail", RequestFormBuilder.toForm(request.configure(
                UsersLookupByEmailRequest.builder()).build()), UsersLookupByEmailResponse.class);
    }

    /**
     * As the SDK posts a method's form with the bot token and reads its answer: an HTTP error is a
     * {@link SlackApiException} carrying the response (its status and Retry-After), a 200 is parsed, {@code ok} or not.
     * The parsed answer's HTTP headers are left unset: nothing here reads them.
     */
    private <T extends SlackApiTextResponse> T post(String method, FormBody.Builder form, Class<T> type)
            throws IOException, SlackApiException {
        try (Response response = http.postFormWithBearerHeader(config.getMethodsEndpointUrlPrefix() + method, token,
                form.build())) {
            ResponseBody body = response.body();
            String text = body == null ? "" : body.string();
            if (!response.isSuccessful()) {
                throw new SlackApiException(config, response, text);
            }
            T parsed = gson.fromJson(text, type);
            if (parsed == null) {
                throw new IOException(method + ": an empty answer");
            }
            return parsed;
        }
    }
}
