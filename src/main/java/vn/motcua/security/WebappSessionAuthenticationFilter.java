package vn.motcua.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a user signed in to Tasklist or Cockpit open what the application serves for reading (the
 * receipt PDF linked from a task form) without a second login: a GET under /api with no credentials
 * but a webapp session is that session's user. Only safe methods, so the session cookie cannot be
 * used to change anything from another site.
 */
class WebappSessionAuthenticationFilter extends OncePerRequestFilter {

    private final String engineName;

    WebappSessionAuthenticationFilter(String engineName) {
        this.engineName = engineName;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !("GET".equals(method) || "HEAD".equals(method))
                || !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() == null) {
            WebappSessions.user(request, engineName).ifPresent(principal -> SecurityContextHolder.getContext()
                    .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                            principal.groupIds().stream()
                                    .map(id -> new SimpleGrantedAuthority(EngineUser.GROUP_AUTHORITY_PREFIX + id)).toList())));
        }
        chain.doFilter(request, response);
    }
}
