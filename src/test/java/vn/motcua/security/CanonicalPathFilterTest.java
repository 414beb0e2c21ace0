package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A path written to read one way to the guards and another to Camunda's servlet is refused first. */
class CanonicalPathFilterTest {

    private final CanonicalPathFilter filter = new CanonicalPathFilter(new ProblemResponses(new ObjectMapper()));

    private int status(String rawPath) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", rawPath);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        return chain.getRequest() != null ? 200 : response.getStatus();
    }

    @Test
    void needlesslyEncodedLettersDigitsAndSlashesAreRefused() throws Exception {
        assertThat(status("/%65ngine-rest/process-instance/1/variables")).isEqualTo(400);
        assertThat(status("/c%61munda/api/engine/engine/default/task/1/complete")).isEqualTo(400);
        assertThat(status("/engine-rest/task/1/localVariables/dossier%43ode")).isEqualTo(400);
        assertThat(status("/camunda/api/admin/%73etup/default/user/create")).isEqualTo(400);
        assertThat(status("/api/legal-documents/15%2F2018/changes")).isEqualTo(400);
        assertThat(status("/api/dossiers/000%2e00")).isEqualTo(400);
    }

    @Test
    void dotSegmentsAreRefused() throws Exception {
        assertThat(status("/x/../engine-rest/task/1/complete")).isEqualTo(400);
        assertThat(status("/engine-rest/./task/1/complete")).isEqualTo(400);
        assertThat(status("/engine-rest/task/..;x=1/complete")).isEqualTo(400);
    }

    @Test
    void plainPathsAndCharactersThatNeedEncodingPass() throws Exception {
        assertThat(status("/engine-rest/task/1/complete")).isEqualTo(200);
        assertThat(status("/api/dossiers/000.00.12.H42-261123-0001/receipt.pdf")).isEqualTo(200);
        assertThat(status("/api/legal-documents/15-2018-nd-cp/changes")).isEqualTo(200);
        // Vietnamese letters, a space, '@' and '+' are encoded by every client
        assertThat(status("/engine-rest/user/lan%20nguyen%40sct%2B")).isEqualTo(200);
        assertThat(status("/api/x/Ngh%E1%BB%8B")).isEqualTo(200);
    }
}
