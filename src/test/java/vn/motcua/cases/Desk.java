package vn.motcua.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.motcua.Api;

/** Plays the demo users of a dossier's life through the REST APIs, as desk software and Tasklist would. */
final class Desk {

    static final String CLERK = "lannt";
    /** The clerk of xã Thạch Khê's desk. */
    static final String COMMUNE_CLERK = "hienlt";
    private final Map<String, String> clerks = new java.util.concurrent.ConcurrentHashMap<>();
    static final String PASSWORD = "demo";
    /** Users of application-test.yaml; every other user is a demo user with the password "demo". */
    private static final java.util.Set<String> TEST_USERS = java.util.Set.of("clerk", "speca", "specb", "forgetful",
            "boss", "testadmin");

    private final Api api;
    private final ObjectMapper json;
    private final TaskService taskService;
    private final IdentityService identityService;

    Desk(TestRestTemplate rest, ObjectMapper json, TaskService taskService, IdentityService identityService) {
        this.api = new Api(rest);
        this.json = json;
        this.taskService = taskService;
        this.identityService = identityService;
    }

    /** The demo's xã Thạch Khê, which decides the commune-level dossiers the provincial centre receives in tests. */
    public static final String THACH_KHE = "000.31.20.H42";
    /** The demo's xã Đồng Tiến. */
    public static final String DONG_TIEN = "000.31.21.H42";

    static Map<String, Object> dossier(String procedureCode, List<String> papers, String intakeOutcome) {
        Map<String, Object> body = new HashMap<>();
        body.put("procedureCode", procedureCode);
        body.put("channel", "IN_PERSON");
        body.put("applicant", Map.of("name", "Nguyễn Văn Bảo", "idNumber", "001085012345", "phone", "0912345678",
                "email", "bao.nguyen@example.vn", "address", "Số 12 đường Trần Phú, phường Bắc Hà"));
        body.put("papers", papers);
        if (intakeOutcome != null) {
            body.put("intakeOutcome", intakeOutcome);
        }
        return body;
    }

    /**
     * Submitted at the desk where such a dossier is received and decided, so that it is not forwarded: a commune's
     * dossier (a commune-level procedure, or the joint procedure xã Thạch Khê leads) at xã Thạch Khê's desk (hienlt,
     * whose commune decides it), any other at the provincial centre (lannt). Forwarding: AnyDeskReceivesIT.
     */
    ResponseEntity<String> submit(Map<String, Object> body) {
        String procedure = String.valueOf(body.get("procedureCode"));
        String clerk = procedure.startsWith("MAU-XA-") || procedure.equals("MAU-LT-TRE-EM") ? COMMUNE_CLERK : CLERK;
        ResponseEntity<String> response = submitAs(clerk, body);
        if (response.getStatusCode() == HttpStatus.CREATED) {
            try {
                clerks.put(json.readTree(response.getBody()).get("code").asText(), clerk);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return response;
    }

    /** The clerk who received the dossier through {@link #submit}: a clerk of its desk, who reads it. */
    String clerkOf(String code) {
        return clerks.getOrDefault(code, CLERK);
    }

    /** Submitted by another clerk: at that clerk's desk. */
    ResponseEntity<String> submitAs(String clerk, Map<String, Object> body) {
        return api.send(clerk, PASSWORD, HttpMethod.POST, "/api/dossiers", body);
    }

    /** A complete dossier of the joint procedure for a child under six, past the desk's handover: its code. */
    String submitChildUnderSixAndHandOver() throws Exception {
        String code = submitOk(dossier("MAU-LT-TRE-EM",
                List.of("TO-KHAI-KHAI-SINH", "GIAY-CHUNG-SINH", "TO-KHAI-CU-TRU", "TO-KHAI-BHYT"), "COMPLETE"))
                .get("code").asText();
        handOver(code);
        return code;
    }

    /**
     * The desks' steps before processing: the receiving desk's forwarding when the dossier was received at another
     * desk than the deciding agency's (a commune's dossier received at the provincial centre), then the deciding
     * agency's desk's handover; each by a clerk of its desk.
     */
    void handOver(String code) {
        Task task = openTask(code);
        if ("Task_ForwardDossier".equals(task.getTaskDefinitionKey())) {
            completeOk(task, Map.of("receiptHandedToApplicant", true));
            task = openTask(code);
        }
        assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_HandOverDossier");
        completeOk(task, Map.of("receiptHandedToApplicant", true));
    }

    JsonNode submitOk(Map<String, Object> body) throws Exception {
        ResponseEntity<String> response = submit(body);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(response.getBody());
    }

    JsonNode read(String code) throws Exception {
        ResponseEntity<String> response = api.get(clerkOf(code), PASSWORD, "/api/dossiers/" + code);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    /** The dossier's one open task (in the procedure or in a shared block it called). */
    Task openTask(String code) {
        List<Task> tasks = taskService.createTaskQuery().processInstanceBusinessKey(code).list();
        assertThat(tasks).as("open tasks of %s", code).hasSize(1);
        return tasks.get(0);
    }

    boolean hasOpenTask(String code) {
        return taskService.createTaskQuery().processInstanceBusinessKey(code).count() > 0;
    }

    /** A demo user of the task's candidate group: the right person to work it. */
    String workerOf(Task task) {
        for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
            if (link.getGroupId() != null) {
                User user = identityService.createUserQuery().memberOfGroup(link.getGroupId()).orderByUserId().asc()
                        .list().stream().filter(candidate -> !TEST_USERS.contains(candidate.getId()))
                        // a member of the task's agency: the engine hides the task from the others
                        .filter(candidate -> task.getTenantId() == null || identityService.createTenantQuery()
                                .userMember(candidate.getId()).tenantId(task.getTenantId()).count() > 0)
                        .findFirst().orElse(null);
                if (user != null) {
                    return user.getId();
                }
            }
        }
        throw new AssertionError("nobody can work task " + task.getTaskDefinitionKey());
    }

    /**
     * The text of a PDF the API serves, every page, in the order it was written (a table cell by cell,
     * row by row), with runs of white space made one space.
     */
    String pdfText(String user, String path) throws IOException {
        ResponseEntity<byte[]> response = api.bytes(user, PASSWORD, path);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        try (PDDocument document = Loader.loadPDF(response.getBody())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** Completes the task through Camunda's REST API as the given user, as Tasklist does. */
    ResponseEntity<String> complete(Task task, String user, Map<String, Object> variables) {
        Map<String, Object> typed = new HashMap<>();
        variables.forEach((name, value) -> typed.put(name, Map.of("value", value)));
        return api.send(user, PASSWORD, HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/complete",
                Map.of("variables", typed));
    }

    void completeOk(Task task, Map<String, Object> variables) {
        ResponseEntity<String> response = complete(task, workerOf(task), variables);
        assertThat(response.getStatusCode()).as("completing %s: %s", task.getTaskDefinitionKey(), response.getBody())
                .isIn(HttpStatus.NO_CONTENT, HttpStatus.OK);
    }

    /**
     * What each kind of step's form submits on the main path: its own fields only, as a step writes no other
     * step's answers (README: 'Security').
     */
    Map<String, Object> mainPathAnswers(Task task) {
        Task withForm = taskService.createTaskQuery().taskId(task.getId()).initializeFormKeys().singleResult();
        String form = withForm == null || withForm.getCamundaFormRef() == null ? "" : withForm.getCamundaFormRef().getKey();
        return switch (form) {
            case "AppraiseDossierForm" -> Map.of("appraisalOutcome", "APPROVE", "appraisalNote", "Hồ sơ hợp lệ");
            case "ReturnResultForm" -> Map.of("returnMethod", "AT_DESK", "resultHandedOver", true);
            case "HandOverDossierForm", "ForwardDossierForm" -> Map.of("receiptHandedToApplicant", true);
            case "ReviewDraftForm" -> Map.of("reviewDecision", "APPROVE", "reviewNote", "Đồng ý");
            case "SignResultForm" -> Map.of("signDecision", "APPROVE", "signNote", "Đồng ý");
            default -> Map.of("stepNote", "Đồng ý");
        };
    }

    /**
     * The extension the unit asked for (form 04 of Circular 03/2025) approved through the API by a member of the
     * approval task's candidate group (the agency's leaders): the new date holds from then. Returns the answer.
     */
    JsonNode approveExtension(String code) throws Exception {
        Task approval = taskService.createTaskQuery().processInstanceBusinessKey(code)
                .taskDefinitionKey(DossierApologies.APPROVAL_TASK).singleResult();
        assertThat(approval).as("the extension approval of %s", code).isNotNull();
        ResponseEntity<String> approved = api.send(workerOf(approval), PASSWORD, HttpMethod.POST,
                "/api/dossiers/" + code + "/extension-decision", Map.of("decision", "APPROVE"));
        assertThat(approved.getStatusCode()).as(approved.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(approved.getBody());
    }

    /** Works every step on the main path until the dossier has no open task; returns the steps worked. */
    List<String> walkToTheEnd(String code) {
        List<String> worked = new java.util.ArrayList<>();
        for (int guard = 0; guard < 30 && hasOpenTask(code); guard++) {
            Task task = openTask(code);
            worked.add(task.getTaskDefinitionKey());
            completeOk(task, mainPathAnswers(task));
        }
        return worked;
    }

    /** The text of the dossier's receipt PDF, as printed. */
    String receiptText(String code) throws Exception {
        org.springframework.http.ResponseEntity<byte[]> pdf = api.bytes(clerkOf(code), PASSWORD, "/api/dossiers/" + code + "/receipt.pdf");
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        return new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(pdf.getBody()))
                .getTextFromPage(1);
    }

    Api api() {
        return api;
    }
}
