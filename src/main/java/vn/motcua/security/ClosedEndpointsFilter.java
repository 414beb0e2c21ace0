package vn.motcua.security;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.authorization.Groups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Endpoints of Camunda that Motcua closes by its own configuration, since Camunda 7.24 CE gets no public
 * patches:
 * <ul>
 * <li>the Admin webapp's first-run setup ({@code /camunda/api/admin/setup/**}), closed to everybody in
 * every state: CVE-2026-77226, it creates an administrator whenever {@code camunda-admin} has no direct
 * member, and Motcua always has an administrator (it does not start without one);</li>
 * <li>password testing ({@code /identity/verify} of the engine's REST API, under /engine-rest and under the
 * webapps' /camunda/api/engine), for administrators only: for anyone else it is a password oracle.</li>
 * </ul>
 */
class ClosedEndpointsFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(ClosedEndpointsFilter.class);
    private static final Pattern SETUP = Pattern.compile("/camunda/api/admin/setup(/.*)?");
    private static final Pattern VERIFY = Pattern.compile("(/engine-rest|/camunda/api/engine/engine/[^/]+)/identity/verify/?");

    private final String engineName;
    private final ProblemResponses problems;

    ClosedEndpointsFilter(String engineName, ProblemResponses problems) {
        this.engineName = engineName;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = RequestPaths.of(request);
        if (SETUP.matcher(path).matches()) {
            LOG.warn("Refused {} {} (the Admin webapp's first-run setup is closed), client {}", request.getMethod(),
                    request.getRequestURI(), request.getRemoteAddr());
            problems.write(request, response, HttpStatus.FORBIDDEN, "Chức năng thiết lập lần đầu của Admin đã "
                    + "đóng: Motcua tạo quản trị viên từ MOTCUA_ADMIN_USER và MOTCUA_ADMIN_PASSWORD.");
            return;
        }
        if (VERIFY.matcher(path).matches()) {
            Optional<EngineUser> caller = caller(request, path);
            if (caller.isPresent() && !caller.get().groupIds().contains(Groups.CAMUNDA_ADMIN)) {
                LOG.warn("Refused password verification by {} (administrators only), client {}", caller.get().id(),
                        request.getRemoteAddr());
                problems.write(request, response, HttpStatus.FORBIDDEN,
                        "Chỉ quản trị hệ thống được kiểm tra mật khẩu của tài khoản.");
                return;
            }
            // no caller: the request goes on to be refused 401 by whoever authenticates it
        }
        chain.doFilter(request, response);
    }

    private Optional<EngineUser> caller(HttpServletRequest request, String path) {
        if (path.startsWith("/engine-rest")) {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            return authentication != null && authentication.getPrincipal() instanceof EngineUser user
                    ? Optional.of(user) : Optional.empty();
        }
        return WebappSessions.user(request, engineName);
    }
}
