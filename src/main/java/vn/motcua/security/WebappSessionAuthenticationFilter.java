package vn.motcua.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.regex.Pattern;

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
 * but a webapp session is that session's user. Safe methods only, so the session cookie cannot be
 * used to change anything from another site; with one exception, a dossier's files (README: 'Dossier
 * files'), attached and removed from a task's form in Tasklist: those writes take the session only with
 * the webapp's CSRF token in the X-XSRF-TOKEN header, as the webapps' own REST API does, which a page of
 * another site cannot read (and CrossSiteRequestFilter refuses such a page's write by its Origin anyway).
 */
class WebappSessionAuthenticationFilter extends OncePerRequestFilter {

    /** The writes a webapp page may make with its session: a dossier's files. */
    private static final Pattern SESSION_WRITES = Pattern.compile("/api/dossiers/[^/]+/files(/[^/]+)?");
    /** Where Camunda's CsrfPreventionFilter keeps the session's token, and the header that must repeat it. */
    private static final String CSRF_TOKEN_SESSION_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";
    private static final String CSRF_TOKEN_HEADER = "X-XSRF-TOKEN";

    private final String engineName;

    WebappSessionAuthenticationFilter(String engineName) {
        this.engineName = engineName;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !("GET".equals(method) || "HEAD".equals(method) || isSessionWrite(request))
                || !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() == null
                && (!isSessionWrite(request) || carriesSessionCsrfToken(request))) {
            WebappSessions.user(request, engineName).ifPresent(principal -> SecurityContextHolder.getContext()
                    .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                            principal.groupIds().stream()
                                    .map(id -> new SimpleGrantedAuthority(EngineUser.GROUP_AUTHORITY_PREFIX + id)).toList())));
        }
        chain.doFilter(request, response);
    }

    private static boolean isSessionWrite(HttpServletRequest request) {
        String method = request.getMethod();
        return ("POST".equals(method) || "DELETE".equals(method))
                && SESSION_WRITES.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
    }

    private static boolean carriesSessionCsrfToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(CSRF_TOKEN_SESSION_ATTRIBUTE);
        String sent = request.getHeader(CSRF_TOKEN_HEADER);
        return expected instanceof String token && sent != null
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }
}
