package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class CrossSiteRequestFilterTest {

    private final CrossSiteRequestFilter filter = new CrossSiteRequestFilter(
            List.of("https://dichvucong.example.gov.vn", "file://"), new ProblemResponses(new ObjectMapper()));

    @Test
    void theServersOwnOriginPassesWithOrWithoutItsDefaultPort() throws Exception {
        assertThat(status("POST", "/api/dossiers", "https://motcua.example.gov.vn", null)).isEqualTo(200);
        assertThat(status("POST", "/api/dossiers", "https://MOTCUA.example.gov.vn:443", null)).isEqualTo(200);
    }

    @Test
    void anotherOriginIsRefusedUnlessConfigured() throws Exception {
        assertThat(status("POST", "/api/dossiers", "https://evil.example", null)).isEqualTo(403);
        assertThat(status("DELETE", "/engine-rest/process-instance/1", "http://motcua.example.gov.vn", null)).isEqualTo(403);
        assertThat(status("POST", "/api/dossiers", "https://dichvucong.example.gov.vn", null)).isEqualTo(200);
        assertThat(status("POST", "/engine-rest/deployment/create", "file://", "cross-site")).isEqualTo(200);
    }

    @Test
    void nullAndUnreadableOriginsAreRefused() throws Exception {
        assertThat(status("POST", "/api/dossiers", "null", null)).isEqualTo(403);
        assertThat(status("POST", "/api/dossiers", "not a url", null)).isEqualTo(403);
    }

    @Test
    void withoutOriginTheFetchSiteDecides() throws Exception {
        assertThat(status("PUT", "/api/calendar/2030", null, "cross-site")).isEqualTo(403);
        assertThat(status("PUT", "/api/calendar/2030", null, "same-site")).isEqualTo(403);
        assertThat(status("PUT", "/api/calendar/2030", null, "same-origin")).isEqualTo(200);
        assertThat(status("PUT", "/api/calendar/2030", null, "none")).isEqualTo(200);
        // a client that is not a browser
        assertThat(status("PUT", "/api/calendar/2030", null, null)).isEqualTo(200);
    }

    @Test
    void readsAndOtherPathsAreNotConcerned() throws Exception {
        assertThat(status("GET", "/api/dossiers/X", "https://evil.example", "cross-site")).isEqualTo(200);
        assertThat(status("POST", "/camunda/api/admin/auth/user/default/login/tasklist", "https://evil.example",
                "cross-site")).isEqualTo(200);
    }

    private int status(String method, String path, String origin, String fetchSite) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setServletPath(path);
        request.setScheme("https");
        request.setServerName("motcua.example.gov.vn");
        request.setServerPort(443);
        if (origin != null) {
            request.addHeader("Origin", origin);
        }
        if (fetchSite != null) {
            request.addHeader("Sec-Fetch-Site", fetchSite);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response.getStatus();
    }
}
