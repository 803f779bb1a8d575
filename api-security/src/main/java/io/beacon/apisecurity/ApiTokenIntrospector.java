package io.beacon.apisecurity;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;

import java.util.List;
import java.util.Map;

/**
 * Plugs {@link ApiTokens} into Spring Security's opaque bearer-token support: the token is "introspected" locally
 * and the principal's name is the token's subject, which the controllers record as the actor.
 */
public final class ApiTokenIntrospector implements OpaqueTokenIntrospector {

    public static final String ROLE_ATTRIBUTE = "role";
    private final ApiTokens tokens;

    public ApiTokenIntrospector(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public OAuth2AuthenticatedPrincipal introspect(String token) {
        ApiCaller caller = tokens.authenticate(token)
                .orElseThrow(() -> new BadOpaqueTokenException("The bearer token is not accepted"));
        return new DefaultOAuth2AuthenticatedPrincipal(caller.subject(),
                Map.of("sub", caller.subject(), ROLE_ATTRIBUTE, caller.role().label()),
                List.of(new SimpleGrantedAuthority(caller.role().authority())));
    }
}
