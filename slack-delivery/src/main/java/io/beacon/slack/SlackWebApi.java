package io.beacon.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;

/** The one Slack client of the process, pointed at {@code apiUrl}, without the SDK's per-call auth.test metrics. */
public final class SlackWebApi {

    private SlackWebApi() {
    }

    public static Slack connect(String apiUrl) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(apiUrl.endsWith("/") ? apiUrl : apiUrl + "/");
        config.setStatsEnabled(false);
        config.getMethodsConfig().setStatsEnabled(false);
        config.setHttpClientCallTimeoutMillis(20_000);
        return Slack.getInstance(config);
    }
}
