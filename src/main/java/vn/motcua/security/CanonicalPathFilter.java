package vn.motcua.security;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, first of all, a path written so that it reads one way to Motcua's guards and another to
 * whatever serves it: letters, digits or {@code - . _ ~ /} needlessly percent-encoded
 * ({@code /%65ngine-rest/...}, {@code .../dossier%43ode}), or dot segments ({@code /x/../engine-rest}).
 * No honest client writes either (RFC 3986, 2.3 and 6.2.2: such paths are equivalent to their plain form),
 * and Camunda's REST servlet answers some of them with a 500 and a stack trace in the log. Encoded
 * characters that need encoding (Vietnamese letters, spaces) pass. A path parameter ({@code /engine-rest;/user},
 * {@code /api/dossiers/X;x=1}) is refused too: no path of Motcua or of the webapps has one, the servlet container
 * drops it before matching while a guard reading the raw path does not, and Spring answered them with a 500.
 */
class CanonicalPathFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(CanonicalPathFilter.class);
    /** A percent-encoded unreserved character, '/' or '%' itself. */
    private static final Pattern NEEDLESSLY_ENCODED = Pattern.compile("%(?i:[46][1-9a-f]|[57][0-9a]|3[0-9]|2[def]|5f|7e|25)");
    private static final Pattern DOT_SEGMENT = Pattern.compile("(^|/)\\.{1,2}(/|;|$)");

    private final ProblemResponses problems;

    CanonicalPathFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String raw = request.getRequestURI();
        if (raw != null && (NEEDLESSLY_ENCODED.matcher(raw).find() || DOT_SEGMENT.matcher(raw).find()
                || raw.indexOf(';') >= 0)) {
            LOG.warn("Refused a request whose path is not in its plain form: {} {}, client {}", request.getMethod(),
                    raw.length() > 200 ? raw.substring(0, 200) + "…" : raw, request.getRemoteAddr());
            problems.write(request, response, HttpStatus.BAD_REQUEST, "Đường dẫn phải viết ở dạng thường: không mã hoá "
                    + "chữ, số hay dấu '/', không có đoạn '.' hay '..', không có dấu ';'.");
            return;
        }
        chain.doFilter(request, response);
    }
}
