package io.beacon.apisecurity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** 401 and 403 as RFC 9457 problem details, like every other error of the API, with RFC 6750's challenge. */
public final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final JsonMapper json;
    private final String rolesDocumentedIn;

    /** @param rolesDocumentedIn where a refused caller can read what each role may do, e.g. a README */
    public SecurityProblems(JsonMapper json, String rolesDocumentedIn) {
        this.json = json;
        this.rolesDocumentedIn = rolesDocumentedIn;
    }

    /** No token, or one that is not accepted. */
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        // RFC 6750 §3: a bare challenge when no token came, invalid_token when one was refused. Spring's own entry
        // point would add an RFC 9728 resource_metadata link to a document this service doesn't publish.
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, e instanceof OAuth2AuthenticationException
                ? "Bearer error=\"invalid_token\"" : "Bearer");
        String detail = e instanceof OAuth2AuthenticationException ? "The bearer token is not accepted"
                : "This request needs a bearer token (header Authorization: Bearer <token>)";
        write(response, "urn:beacon:problem:unauthenticated", "Unauthenticated", detail, request);
    }

    /** A valid token whose role may not do this. */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"");
        write(response, "urn:beacon:problem:forbidden", "Forbidden",
                "Your token's role (" + role() + ") may not " + request.getMethod() + " " + request.getRequestURI()
                        + "; " + rolesDocumentedIn + " lists what each role may do", request);
    }

    private static String role() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof OAuth2AuthenticatedPrincipal p) {
            Object role = p.getAttribute(ApiTokenIntrospector.ROLE_ATTRIBUTE);
            return String.valueOf(role);
        }
        return "none";
    }

    private void write(HttpServletResponse response, String type, String title, String detail,
                       HttpServletRequest request) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type);
        problem.put("title", title);
        problem.put("status", response.getStatus());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
