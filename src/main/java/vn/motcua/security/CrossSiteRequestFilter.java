package vn.motcua.security;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses state-changing requests (anything but GET, HEAD, OPTIONS, TRACE) to /api and /engine-rest that a
 * browser sends on behalf of another site: a page elsewhere could otherwise post a form with the
 * credentials the browser holds for this server. A browser says where a request comes from: refused when
 * its {@code Origin} is neither this server's own (scheme://host:port of the request) nor one of
 * {@code app.security.allowed-origins}, or, without {@code Origin}, when {@code Sec-Fetch-Site} is
 * {@code cross-site} or {@code same-site} (another host of the same domain is another site here).
 * Clients that are not browsers (Camunda Modeler's deploy, curl, other servers) send neither header and
 * are not affected.
 */
class CrossSiteRequestFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(CrossSiteRequestFilter.class);
    private static final Set<String> REFUSED_FETCH_SITES = Set.of("cross-site", "same-site");

    private final Set<String> allowedOrigins;
    private final ProblemResponses problems;

    CrossSiteRequestFilter(List<String> allowedOrigins, ProblemResponses problems) {
        this.allowedOrigins = allowedOrigins.stream().map(CrossSiteRequestFilter::normalise)
                .collect(Collectors.toUnmodifiableSet());
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = RequestPaths.of(request);
        return RequestPaths.isSafe(request) || !(path.startsWith("/api/") || path.equals("/api")
                || path.startsWith("/engine-rest/") || path.equals("/engine-rest"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        boolean refused = origin != null
                ? !normalise(origin).equals(ownOrigin(request)) && !allowedOrigins.contains(normalise(origin))
                : fetchSite != null && REFUSED_FETCH_SITES.contains(fetchSite.toLowerCase(Locale.ROOT));
        if (!refused) {
            chain.doFilter(request, response);
            return;
        }
        LOG.warn("Refused cross-site {} {} (Origin: {}, Sec-Fetch-Site: {}, client {})", request.getMethod(),
                request.getRequestURI(), origin, fetchSite, request.getRemoteAddr());
        problems.write(request, response, HttpStatus.FORBIDDEN, "Yêu cầu thay đổi dữ liệu gửi từ trang của "
                + "một trang web khác bị từ chối. Requests that change data must come from this server's own pages "
                + "(or an origin listed in app.security.allowed-origins) or from a client that is not a browser.");
    }

    private static String ownOrigin(HttpServletRequest request) {
        return normalise(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort());
    }

    /** scheme://host:port in lower case, the port always written, so that :443 and no port compare equal. */
    static String normalise(String origin) {
        try {
            URI uri = URI.create(origin.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : "http".equals(scheme) ? 80 : -1;
            return host.isEmpty() ? "invalid:" + origin : scheme + "://" + host + ":" + port;
        } catch (IllegalArgumentException e) {
            // "null" (a sandboxed page, a redirect) and anything unreadable are never this server
            return "invalid:" + origin;
        }
    }
}
