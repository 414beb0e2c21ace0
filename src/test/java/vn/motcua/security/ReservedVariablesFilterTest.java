package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import vn.motcua.engine.DossierVariables;

/** The guard of reserved variables, on the requests Camunda's REST API takes (engine-rest and the webapps'). */
class ReservedVariablesFilterTest {

    private final ReservedVariablesFilter filter = new ReservedVariablesFilter(DossierVariables.RESERVED,
            new ObjectMapper(), 1024);

    private MockHttpServletResponse send(String method, String path, String body) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setContentType("application/json");
        if (body != null) {
            request.setContent(body.getBytes(StandardCharsets.UTF_8));
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        if (chain.getRequest() != null) {
            // passed on: the engine's REST API reads the same body
            assertThat(chain.getRequest().getInputStream().readAllBytes())
                    .isEqualTo(body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8));
            response.setStatus(204);
        }
        return response;
    }

    @Test
    void completingATaskWithAReservedVariableIsRefusedNamingIt() throws Exception {
        MockHttpServletResponse response = send("POST", "/engine-rest/task/1/complete",
                "{\"variables\":{\"dossierCode\":{\"value\":\"X\"},\"stepNote\":{\"value\":\"ok\"}}}");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("\"variables\":[\"dossierCode\"]");
    }

    @Test
    void theWebappsPathIsGuardedToo() throws Exception {
        assertThat(send("POST", "/camunda/api/engine/engine/default/task/1/submit-form",
                "{\"variables\":{\"agencyCode\":{\"value\":\"X\",\"type\":\"String\"}}}").getStatus()).isEqualTo(400);
        assertThat(send("PUT", "/camunda/api/engine/engine/default/process-instance/1/variables/dossierDueDate",
                "{\"value\":null}").getStatus()).isEqualTo(400);
    }

    @Test
    void deletionsAndPathSegmentsAreRefusedHoweverEncoded() throws Exception {
        assertThat(send("POST", "/engine-rest/process-instance/1/variables", "{\"deletions\":[\"dossierCode\"]}")
                .getStatus()).isEqualTo(400);
        assertThat(send("DELETE", "/engine-rest/task/1/localVariables/dossier%43ode;x=1", null).getStatus()).isEqualTo(400);
        assertThat(send("POST", "/engine-rest/task/1/variables/responsibleUnit/data", null).getStatus()).isEqualTo(400);
    }

    @Test
    void anEmptyOrNullVariableCannotClearAReservedOne() throws Exception {
        // Camunda reads {} and null as a variable set to null: the attacker's way around a "value" check
        assertThat(send("POST", "/engine-rest/task/1/complete", "{\"variables\":{\"dossierCode\":{}}}").getStatus())
                .isEqualTo(400);
        assertThat(send("POST", "/engine-rest/task/1/complete",
                "{\"variables\":{\"appraisalOutcome\":{\"value\":\"APPROVE\"},\"agencyCode\":{\"x\":1}}}").getStatus())
                .isEqualTo(400);
        assertThat(send("POST", "/engine-rest/task/1/variables", "{\"modifications\":{\"agencyCode\":null}}").getStatus())
                .isEqualTo(400);
    }

    @Test
    void ordinaryRequestsPassUnchanged() throws Exception {
        assertThat(send("POST", "/engine-rest/task/1/complete",
                "{\"variables\":{\"appraisalOutcome\":{\"value\":\"APPROVE\"}}}").getStatus()).isEqualTo(204);
        // a query naming a reserved variable reads, it does not set
        assertThat(send("POST", "/engine-rest/task",
                "{\"processVariables\":[{\"name\":\"dossierCode\",\"operator\":\"eq\",\"value\":\"X\"}],"
                        + "\"sorting\":[{\"sortBy\":\"processVariable\",\"parameters\":{\"variable\":\"dossierCode\"}}]}")
                .getStatus()).isEqualTo(204);
        assertThat(send("PUT", "/engine-rest/task/1/variables/stepNote", "{\"value\":\"x\"}").getStatus()).isEqualTo(204);
        // a message correlated by the dossier's code finds the instance, it sets nothing
        assertThat(send("POST", "/engine-rest/message", "{\"messageName\":\"DossierWithdrawn\","
                + "\"correlationKeys\":{\"dossierCode\":{\"value\":\"X\"}}}").getStatus()).isEqualTo(204);
        assertThat(send("POST", "/engine-rest/task/1/complete", "not json").getStatus()).isEqualTo(204);
    }

    @Test
    void aBodyOverTheCapIsRefusedWithoutReadingItAll() throws Exception {
        assertThat(send("POST", "/engine-rest/task/1/complete", "{\"x\":\"" + "a".repeat(2000) + "\"}").getStatus())
                .isEqualTo(413);
    }

    @Test
    void noShippedFormSubmitsAReservedVariable() throws Exception {
        // Tasklist submits a Camunda Form's read-only fields (not its disabled ones): a reserved variable
        // shown on a form would make every completion of that task a 400
        List<String> submitting = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("processes"))) {
            for (Path form : files.filter(file -> file.toString().endsWith(".form")).toList()) {
                collectSubmitted(new ObjectMapper().readTree(form.toFile()), form, submitting);
            }
        }
        assertThat(submitting).isEmpty();
    }

    private static void collectSubmitted(JsonNode node, Path form, List<String> submitting) {
        if (node.isObject() && node.path("key").isTextual() && DossierVariables.RESERVED.contains(node.get("key").asText())
                && !node.path("disabled").asBoolean(false)) {
            submitting.add(form + ": " + node.get("key").asText());
        }
        node.forEach(child -> collectSubmitted(child, form, submitting));
    }
}
