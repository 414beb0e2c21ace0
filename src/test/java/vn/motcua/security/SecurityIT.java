package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.motcua.Api;
import vn.motcua.MotcuaIT;

/** Every REST path needs a user, and the engine's authorizations decide what that user may do. */
@MotcuaIT
class SecurityIT {

    private static final String PASSWORD = "secret";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    ObjectMapper json;
    @Autowired
    org.camunda.bpm.engine.RuntimeService runtimeService;

    private Api api;
    private String processKey;

    @BeforeEach
    void deployDepartmentProcess() {
        api = new Api(rest);
        processKey = "DepartmentTaskProcess" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        BpmnModelInstance model = Bpmn.createExecutableProcess(processKey)
                .camundaHistoryTimeToLive(30)
                .camundaVersionTag("1")
                .startEvent("StartEvent_Received")
                .userTask("Task_Appraise").name("Thẩm định").camundaCandidateGroups("test-dept-a")
                .endEvent("EndEvent_Done")
                .done();
        model.<org.camunda.bpm.model.bpmn.instance.Process>getModelElementById(processKey)
                .setCamundaCandidateStarterGroups("one-stop-clerk");
        repositoryService.createDeployment().addModelInstance(processKey + ".bpmn", model).deploy();
    }

    @Test
    void engineRestWithoutCredentialsAnswers401WithAJsonProblem() throws Exception {
        ResponseEntity<String> response = api.get(null, null, "/engine-rest/engine");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(json.readTree(response.getBody()).get("status").asInt()).isEqualTo(401);
        // no challenge: a browser would ask for a password, cache it and replay it on cross-site requests
        assertThat(response.getHeaders().getFirst("WWW-Authenticate")).isNull();
    }

    @Test
    void aWrongPasswordAnswers401() {
        // a user of its own: the engine makes a user wait a few seconds after a wrong password
        assertThat(api.get("forgetful", "wrong", "/engine-rest/engine").getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theApplicationApiWithoutCredentialsAnswers401() {
        assertThat(api.get(null, null, "/api/calendar/2026").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aUserReachesTheEngine() {
        assertThat(api.get("clerk", PASSWORD, "/engine-rest/engine").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void onlyAdministratorsChangeTheCalendar() throws Exception {
        ResponseEntity<String> response = api.send("clerk", PASSWORD, HttpMethod.PUT, "/api/calendar/days/2030-06-03",
                Map.of("kind", "CLOSURE", "reason", "Bão"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(json.readTree(response.getBody()).get("status").asInt()).isEqualTo(403);
    }

    @Test
    void clerksStartProceduresAndOthersDoNot() {
        // a specialist may not even see the definition: the engine answers as if it did not exist
        assertThat(start("specb").getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey).count()).isZero();

        assertThat(start("clerk").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey).count()).isOne();
    }

    @Test
    void aDepartmentSeesAndCompletesOnlyItsOwnTasks() throws Exception {
        // given a dossier waiting at department A
        String instanceId = json.readTree(start("clerk").getBody()).get("id").asText();
        // paged, as every list of /engine-rest must be (queryMaxResultsLimit)
        String tasksOfInstance = "/engine-rest/task?maxResults=100&processInstanceId=" + instanceId;

        // then department B sees nothing and cannot complete it
        assertThat(json.readTree(api.get("specb", PASSWORD, tasksOfInstance).getBody())).isEmpty();
        JsonNode tasks = json.readTree(api.get("speca", PASSWORD, tasksOfInstance).getBody());
        assertThat(tasks).hasSize(1);
        String complete = "/engine-rest/task/" + tasks.get(0).get("id").asText() + "/complete";
        assertThat(api.send("specb", PASSWORD, HttpMethod.POST, complete, Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        // and department A completes it
        assertThat(api.send("speca", PASSWORD, HttpMethod.POST, complete, Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void managersReadEveryTaskButDoNotWorkThem() throws Exception {
        String instanceId = json.readTree(start("clerk").getBody()).get("id").asText();

        JsonNode tasks = json.readTree(api.get("boss", PASSWORD, "/engine-rest/task?maxResults=100&processInstanceId=" + instanceId)
                .getBody());

        assertThat(tasks).hasSize(1);
        String complete = "/engine-rest/task/" + tasks.get(0).get("id").asText() + "/complete";
        assertThat(api.send("boss", PASSWORD, HttpMethod.POST, complete, Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aTasklistSessionOpensReadOnlyApiLinksButChangesNothing() throws Exception {
        // given a clerk signed in to Tasklist (the webapp's own login, with its CSRF token)
        ResponseEntity<String> page = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
        String cookies = String.join("; ", page.getHeaders().get(HttpHeaders.SET_COOKIE).stream()
                .map(cookie -> cookie.split(";")[0]).toList());
        String xsrf = page.getHeaders().get(HttpHeaders.SET_COOKIE).stream().filter(c -> c.startsWith("XSRF-TOKEN="))
                .map(c -> c.split(";")[0].substring("XSRF-TOKEN=".length())).findFirst().orElseThrow();
        HttpHeaders login = new HttpHeaders();
        login.add(HttpHeaders.COOKIE, cookies);
        login.add("X-XSRF-TOKEN", xsrf);
        login.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        ResponseEntity<String> loggedIn = rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist",
                HttpMethod.POST, new HttpEntity<>("username=clerk&password=" + PASSWORD, login), String.class);
        assertThat(loggedIn.getStatusCode()).as(loggedIn.getBody()).isEqualTo(HttpStatus.OK);
        String session = String.join("; ", loggedIn.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of()).stream()
                .map(cookie -> cookie.split(";")[0]).toList());
        HttpHeaders withSession = new HttpHeaders();
        withSession.add(HttpHeaders.COOKIE, session.isEmpty() ? cookies : session);

        // then a link opened from a task form is served as that user, as often as the page asks, the
        // webapp session staying the same
        for (int i = 0; i < 3; i++) {
            ResponseEntity<String> served = rest.exchange("/api/calendar/2026", HttpMethod.GET, new HttpEntity<>(withSession),
                    String.class);
            assertThat(served.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(served.getHeaders().get(HttpHeaders.SET_COOKIE)).as("session cookie changed").isNull();
        }
        // and the session alone cannot change anything
        withSession.setContentType(MediaType.APPLICATION_JSON);
        assertThat(rest.exchange("/api/dossiers", HttpMethod.POST, new HttpEntity<>("{}", withSession), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private ResponseEntity<String> start(String user) {
        return api.send(user, PASSWORD, HttpMethod.POST, "/engine-rest/process-definition/key/" + processKey + "/start",
                Map.of());
    }
}
