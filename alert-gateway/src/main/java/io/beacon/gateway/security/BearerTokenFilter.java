package io.beacon.gateway.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

import java.io.IOException;

/**
 * Authenticates webhook requests before Spring MVC looks at them, so that an unauthenticated caller learns nothing
 * (not even whether its content type or body would have been accepted) and its body is never read.
 * Refusals go through the MVC exception resolvers so that they get the same problem details as every other error.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private final WebhookTokens tokens;
    private final HandlerExceptionResolver problemResolver;

    BearerTokenFilter(WebhookTokens tokens, HandlerExceptionResolver problemResolver) {
        this.tokens = tokens;
        this.problemResolver = problemResolver;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        WebhookTokens.Verdict verdict = tokens.check(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (verdict == WebhookTokens.Verdict.ACCEPTED) {
            chain.doFilter(request, response);
            return;
        }
        logger.info("Refused webhook from " + request.getRemoteAddr() + ": token " + verdict);
        var refusal = new UnauthenticatedWebhookException(verdict.describe());
        if (problemResolver.resolveException(request, response, null, refusal) == null) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        }
    }
}
