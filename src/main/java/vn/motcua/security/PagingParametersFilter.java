package vn.motcua.security;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A list's page ({@code firstResult}, {@code maxResults} of Camunda's REST API and the webapps' own) is a whole
 * number from 0 to {@code Integer.MAX_VALUE}: the engine passed a negative one to the database, which failed, and
 * the client got a 500 with the SQL error in the log. Refused as a 400 problem detail before the engine sees it.
 */
class PagingParametersFilter extends OncePerRequestFilter {

    private static final List<String> PARAMETERS = List.of("firstResult", "maxResults");

    private final ProblemResponses problems;

    PagingParametersFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // the query string only: reading the parameters would consume a form's or a deployment's body
        String query = request.getQueryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                if (name != null && PARAMETERS.contains(name) && !wholeNumber(value)) {
                    String shown = value == null ? "" : value.length() > 20 ? value.substring(0, 20) + "…" : value;
                    problems.write(request, response, HttpStatus.BAD_REQUEST, name + " phải là số nguyên từ 0 đến "
                            + Integer.MAX_VALUE + ", không phải \"" + shown + "\".");
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean wholeNumber(String value) {
        return value != null && value.matches("\\d{1,10}") && Long.parseLong(value) <= Integer.MAX_VALUE;
    }

    /** The decoded text, or null for one that is not valid percent-encoding (the servlet refuses those itself). */
    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
