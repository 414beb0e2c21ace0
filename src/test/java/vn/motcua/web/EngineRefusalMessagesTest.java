package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The webapps' copy of the engine's REST API answers a listener's refusal of a form as Camunda does, with a 500 in
 * English around the listener's reason; Tasklist shows it as it is. {@link EngineForbiddenMessages} turns it into the
 * 400 with the reason alone, and a task of another agency into a 403, and lets any other 500 through as it was.
 */
class EngineRefusalMessagesTest {

    private final ObjectMapper json = new ObjectMapper();

    private MockHttpServletResponse answer(String path, int status, String body) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        HttpServlet engine = new HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse res) throws java.io.IOException {
                res.setStatus(status);
                res.setContentType("application/json");
                res.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
            }
        };
        new EngineForbiddenMessages(json).doFilter(request, response, new MockFilterChain(engine));
        return response;
    }

    private String engineFailure(String message) throws Exception {
        return json.writeValueAsString(Map.of("type", "ProcessEngineException", "message", message));
    }

    @Test
    void aListenersRefusalOfTheFormIsA400WithItsOwnReason() throws Exception {
        MockHttpServletResponse response = answer("/camunda/api/engine/engine/default/task/1/submit-form", 500, engineFailure(
                "Cannot submit task form 1: ENGINE-03051 There was an exception while invoking the TaskListener. Message: "
                        + "'org.camunda.bpm.engine.BadUserRequestException: \"bhxh-thu-so-the\" không phải mã phòng của cơ quan'"));
        assertThat(response.getStatus()).isEqualTo(400);
        JsonNode body = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(body.get("type").asText()).isEqualTo("BadUserRequestException");
        assertThat(body.get("message").asText()).isEqualTo("\"bhxh-thu-so-the\" không phải mã phòng của cơ quan");
    }

    @Test
    void aTaskOfAnotherAgencyIsA403() throws Exception {
        MockHttpServletResponse response = answer("/camunda/api/engine/engine/default/task/1/claim", 500, engineFailure(
                "ENGINE-03110 Cannot update the task '1' because it belongs to no authenticated tenant."));
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("thuộc cơ quan khác");
    }

    @Test
    void anyOtherFailureAndEverySuccessPassAsTheyAre() throws Exception {
        String failure = engineFailure("ENGINE-16004 something broke");
        MockHttpServletResponse broken = answer("/camunda/api/engine/engine/default/task/1/complete", 500, failure);
        assertThat(broken.getStatus()).isEqualTo(500);
        assertThat(broken.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(failure);
        MockHttpServletResponse fine = answer("/camunda/api/engine/engine/default/task/count", 200, "{\"count\":1}");
        assertThat(fine.getStatus()).isEqualTo(200);
        assertThat(fine.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("{\"count\":1}");
        // outside the engine's REST APIs nothing is touched
        MockHttpServletResponse other = answer("/api/quality/overview", 500, failure);
        assertThat(other.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(failure);
    }
}
