package vn.motcua.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Pages the lists Cockpit and Tasklist ask for without a page size. The engine refuses an unpaged list
 * to a signed-in user (queryMaxResultsLimit), which is right for /engine-rest, whose clients must page;
 * but the webapps send a few such lists of their own (Cockpit's versions of a definition), and would
 * show a broken page. Their REST API (/camunda/api/engine) gets {@code maxResults} at the limit instead:
 * a list endpoint then answers at most that many rows, and every other endpoint ignores the parameter.
 */
class WebappPagingFilter extends OncePerRequestFilter {

    private final int limit;

    WebappPagingFilter(int limit) {
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getParameter("maxResults") != null || limit <= 0) {
            chain.doFilter(request, response);
            return;
        }
        String query = request.getQueryString();
        String paged = (query == null || query.isEmpty() ? "" : query + "&") + "maxResults=" + limit;
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getQueryString() {
                return paged;
            }
        }, response);
    }
}
