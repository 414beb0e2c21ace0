package vn.motcua.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The webapps' own login form (Tasklist, Cockpit, Admin) checks the password through the same engine
 * call as HTTP Basic, so it gets the same throttle per client and user ({@link LoginThrottle}): a
 * throttled client is answered 429 before the password is looked at; Camunda's answer 401 counts as a
 * failure, 200 (or 403: right password, application not allowed) as a success.
 */
class WebappLoginThrottleFilter extends OncePerRequestFilter {

    private static final Pattern LOGIN = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]+/?");

    private final LoginThrottle throttle;
    private final ProblemResponses problems;

    WebappLoginThrottleFilter(LoginThrottle throttle, ProblemResponses problems) {
        this.throttle = throttle;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !LOGIN.matcher(RequestPaths.of(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // the form's fields; Camunda's resource reads them again as @FormParam, which Jersey then takes
        // from the servlet's parameters
        String user = request.getParameter("username");
        String client = request.getRemoteAddr();
        if (user == null || user.isBlank()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Duration> wait = throttle.waitBefore(client, user);
        if (wait.isPresent()) {
            LoginThrottledException throttled = new LoginThrottledException(wait.get());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
            problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "Quá nhiều lần nhập sai mật khẩu từ "
                    + "máy này. Vui lòng thử lại sau " + throttled.retryAfterSeconds() + " giây.");
            return;
        }
        chain.doFilter(request, response);
        int status = response.getStatus();
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            throttle.failed(client, user);
        } else if (status == HttpServletResponse.SC_OK || status == HttpServletResponse.SC_FORBIDDEN) {
            throttle.succeeded(client, user);
        }
    }
}
