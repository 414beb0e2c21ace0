package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.calendar.ShippedCalendarMoments.vn;

import java.net.URI;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.motcua.Api;

/** What the dossier attack tests share: the demo desk on Thursday 5/3/2026 09:00, and requests as a user. */
abstract class DossierAttacks {

    static final String PASSWORD = "demo";
    /** Users of application-test.yaml, whose password is not the demo one. */
    static final java.util.Set<String> TEST_USERS = java.util.Set.of("speca", "specb", "boss", "clerk");
    static final String LIQUOR = "MAU-SCT-RUOU-BB";
    static final List<String> LIQUOR_PAPERS = List.of("DON-DE-NGHI", "GCN-DKDN", "DIA-DIEM", "NHA-CUNG-CAP");
    /** A procedure of another agency (a commune, UBND xã Thạch Khê): the victim's dossier. */
    static final String HOUSEHOLD = "MAU-XA-HKD";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcTemplate jdbc;

    Api api;

    @BeforeEach
    void openTheDesk() {
        api = new Api(rest);
        ClockUtil.setCurrentTime(Date.from(vn(2026, 3, 5, 9, 0).toInstant()));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        identityService.clearAuthentication();
    }

    // --- helpers -------------------------------------------------------------------------------------

    /** A complete dossier submitted at the desk: its code. */
    String submit(String procedure, List<String> papers) throws Exception {
        Map<String, Object> body = new java.util.HashMap<>(Map.of(
                "procedureCode", procedure, "channel", "IN_PERSON",
                "applicant", Map.of("name", "Nguyễn Văn Bảo", "idNumber", "001085012345", "phone", "0912345678"),
                "papers", papers, "intakeOutcome", "COMPLETE"));
        if (procedure.startsWith("MAU-XA-")) {
            body.put("decidingAgency", "000.31.20.H42"); // received at the provincial centre for xã Thạch Khê
        }
        ResponseEntity<String> response = send("lannt", HttpMethod.POST, "/api/dossiers", body);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(response.getBody()).get("code").asText();
    }

    /** The desk hands the dossier over: the unit's first step, open. */
    Task handedOver(String code) {
        Task handover = openTask(code);
        if ("Task_ForwardDossier".equals(handover.getTaskDefinitionKey())) {
            // a commune's dossier received at the provincial centre: forwarded to the commune's desk first
            assertThat(send("lannt", HttpMethod.POST, "/engine-rest/task/" + handover.getId() + "/complete",
                    Map.of("variables", Map.of("receiptHandedToApplicant", Map.of("value", true)))).getStatusCode())
                    .isEqualTo(HttpStatus.NO_CONTENT);
            handover = openTask(code);
        }
        // the deciding agency's desk: the provincial centre's lannt, or xã Thạch Khê's hienlt
        String clerk = taskService.getIdentityLinksForTask(handover.getId()).stream()
                .anyMatch(link -> "mot-cua-thach-khe".equals(link.getGroupId())) ? "hienlt" : "lannt";
        assertThat(send(clerk, HttpMethod.POST, "/engine-rest/task/" + handover.getId() + "/complete",
                Map.of("variables", Map.of("receiptHandedToApplicant", Map.of("value", true)))).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        return openTask(code);
    }

    Task openTask(String code) {
        List<Task> tasks = taskService.createTaskQuery().processInstanceBusinessKey(code).list();
        assertThat(tasks).as("open tasks of %s", code).hasSize(1);
        return tasks.get(0);
    }

    int stepsOf(String code) {
        return jdbc.queryForObject("select count(*) from motcua_dossier_step where dossier_code = ?", Integer.class, code);
    }

    String status(String code) {
        return jdbc.queryForObject("select status from motcua_dossier where code = ?", String.class, code);
    }

    int nonconformities() {
        return jdbc.queryForObject("select count(*) from motcua_nonconformity", Integer.class);
    }

    ResponseEntity<String> get(String user, String path) {
        return api.get(user, password(user), path);
    }

    ResponseEntity<String> send(String user, HttpMethod method, String path, Object body) {
        return api.send(user, password(user), method, path, body);
    }

    static String password(String user) {
        return TEST_USERS.contains(user) ? "secret" : PASSWORD;
    }

    /** A request whose path is sent as written, percent-encoding included. */
    ResponseEntity<String> sendRaw(String user, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, PASSWORD);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.getRestTemplate().exchange(URI.create(rest.getRootUri() + path), method,
                new HttpEntity<>(body, headers), String.class);
    }

    /** The attack's answer: 400, a JSON problem naming the variable. */
    void refused(ResponseEntity<String> response, String variable) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).as(response.getBody()).isNotNull()
                .matches(type -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("variables")).extracting(JsonNode::asText).containsExactly(variable);
    }
}
