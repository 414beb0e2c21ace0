package vn.motcua.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a user signed in to Tasklist or Cockpit open what the application serves for reading (the
 * receipt PDF linked from a task form) without a second login: a GET under /api with no credentials
 * but a webapp session is that session's user. A write (a file attached from the dossier card in
 * Tasklist) is that user's only when it also carries the session's CSRF token in {@code X-XSRF-TOKEN},
 * as the webapps' own REST calls do: a page of another site can make the browser send the cookie, never
 * read the token; the session cookie alone changes nothing.
 */
class WebappSessionAuthenticationFilter extends OncePerRequestFilter {

    /** Camunda's CsrfPreventionFilter keeps the session's token under this attribute (CsrfConstants). */
    static final String CSRF_TOKEN_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";
    static final String CSRF_TOKEN_HEADER = "X-XSRF-TOKEN";

    private final String engineName;

    WebappSessionAuthenticationFilter(String engineName) {
        this.engineName = engineName;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static boolean safe(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    /** The request carries the CSRF token of its webapp session. */
    private static boolean carriesSessionToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(CSRF_TOKEN_ATTRIBUTE);
        String sent = request.getHeader(CSRF_TOKEN_HEADER);
        return expected instanceof String token && !token.isEmpty() && sent != null
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() == null
                && (safe(request) || carriesSessionToken(request))) {
            WebappSessions.user(request, engineName).ifPresent(principal -> SecurityContextHolder.getContext()
                    .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                            principal.groupIds().stream()
                                    .map(id -> new SimpleGrantedAuthority(EngineUser.GROUP_AUTHORITY_PREFIX + id)).toList())));
        }
        chain.doFilter(request, response);
    }
}
