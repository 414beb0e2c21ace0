package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.motcua.MotcuaIT;

/**
 * The dossier of a process instance is the one registered for it, whatever a client sends: a reserved
 * variable cannot be set or deleted through Camunda's REST API (400 naming it, nothing changed), another
 * model or a nonconformity never puts a step on a dossier, and so never opens it to a unit.
 */
@MotcuaIT
class DossierIdentityIT extends DossierAttacks {

    @Test
    void aSpecialistCannotMoveTheirStepOntoAnotherAgencysDossierNorChangeItsDeadline() throws Exception {
        // given another agency's dossier, and a liquor licence dossier waiting at minhtv's appraisal
        String victim = submit(HOUSEHOLD, List.of("GIAY-DE-NGHI", "GIAY-TO-PHAP-LY"));
        int victimSteps = stepsOf(victim);
        String own = submit(LIQUOR, LIQUOR_PAPERS);
        Task appraisal = handedOver(own);
        String task = "/engine-rest/task/" + appraisal.getId();
        String instance = appraisal.getProcessInstanceId();
        Object dueDate = runtimeService.getVariable(instance, "dossierDueDate");
        Map<String, Object> victimCode = Map.of("value", victim, "type", "String");

        // when minhtv sends the victim's code, or changes or deletes a reserved variable, by every route
        refused(send("minhtv", HttpMethod.POST, task + "/complete", Map.of("variables",
                Map.of("dossierCode", victimCode, "appraisalOutcome", Map.of("value", "APPROVE")))), "dossierCode");
        refused(send("minhtv", HttpMethod.POST, "/engine-rest/engine/default/task/" + appraisal.getId() + "/complete",
                Map.of("variables", Map.of("dossierCode", victimCode))), "dossierCode");
        refused(send("minhtv", HttpMethod.POST, task + "/submit-form", Map.of("variables",
                Map.of("dossierCode", victimCode))), "dossierCode");
        refused(send("minhtv", HttpMethod.PUT, task + "/variables/dossierCode", victimCode), "dossierCode");
        // a needlessly encoded name is refused before anything reads it (CanonicalPathFilter)
        assertThat(sendRaw("minhtv", HttpMethod.PUT, task + "/localVariables/dossier%43ode", victimCode)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        refused(send("minhtv", HttpMethod.POST, task + "/variables", Map.of("modifications",
                Map.of("agencyCode", Map.of("value", "000.31.20.H42")))), "agencyCode");
        refused(send("minhtv", HttpMethod.POST, task + "/variables", Map.of("deletions", List.of("dossierDueDate"))),
                "dossierDueDate");
        refused(send("minhtv", HttpMethod.DELETE, task + "/variables/stepDueDate", null), "stepDueDate");
        refused(send("minhtv", HttpMethod.POST, "/engine-rest/process-instance/" + instance + "/variables",
                Map.of("modifications", Map.of("dossierCode", victimCode))), "dossierCode");
        refused(send("minhtv", HttpMethod.DELETE, "/engine-rest/process-instance/" + instance + "/variables/dossierDueDate",
                null), "dossierDueDate");
        refused(send("minhtv", HttpMethod.PUT, "/engine-rest/execution/" + instance + "/localVariables/dossierCode",
                victimCode), "dossierCode");
        refused(send("minhtv", HttpMethod.POST, "/engine-rest/message", Map.of("messageName", "DossierWithdrawn",
                "processInstanceId", instance, "processVariables", Map.of("dossierCode", victimCode))), "dossierCode");
        refused(send("lannt", HttpMethod.POST, "/engine-rest/process-definition/key/LiquorWholesaleLicenceProcess/start",
                Map.of("variables", Map.of("dossierCode", victimCode, "applicantName", Map.of("value", "X")))),
                "dossierCode");

        // then nothing changed: the task is open, the variables are as the application set them, the
        // victim's dossier has no new step and the attacker's is still in progress
        assertThat(taskService.createTaskQuery().taskId(appraisal.getId()).count()).isOne();
        assertThat(runtimeService.getVariable(instance, "dossierCode")).isEqualTo(own);
        assertThat(runtimeService.getVariable(instance, "agencyCode")).isEqualTo("000.00.12.H42");
        assertThat(runtimeService.getVariable(instance, "dossierDueDate")).isNotNull().isEqualTo(dueDate);
        assertThat(stepsOf(victim)).isEqualTo(victimSteps);
        assertThat(status(own)).isEqualTo("IN_PROGRESS");

        // and the ordinary completion still works, its next step recorded on minhtv's own dossier
        int ownSteps = stepsOf(own);
        ResponseEntity<String> approved = send("minhtv", HttpMethod.POST, task + "/complete", Map.of("variables",
                Map.of("appraisalOutcome", Map.of("value", "APPROVE"), "appraisalNote", Map.of("value", "Hợp lệ"))));
        assertThat(approved.getStatusCode()).as(approved.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(stepsOf(own)).isEqualTo(ownSteps + 1);
        assertThat(stepsOf(victim)).isEqualTo(victimSteps);
    }

    @Test
    void aModelWithADossierCodeVariableRecordsNoStepOnThatDossier() throws Exception {
        // given a dossier of a commune (UBND xã Thạch Khê), and a model deployed by someone else with a plain user task
        String victim = submit(HOUSEHOLD, List.of("GIAY-DE-NGHI", "GIAY-TO-PHAP-LY"));
        int victimSteps = stepsOf(victim);
        String key = "ShadowStepProcess" + Long.toHexString(System.nanoTime());
        BpmnModelInstance model = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(30).camundaVersionTag("1")
                .startEvent("StartEvent_Started")
                .userTask("Task_Shadow").name("Thẩm định").camundaCandidateGroups("test-dept-a")
                .endEvent("EndEvent_Done")
                .done();
        repositoryService.createDeployment().addModelInstance(key + ".bpmn", model).deploy();

        // when it runs with the victim's code as variable and business key, and its task is worked
        String instance = runtimeService.startProcessInstanceByKey(key, victim, Map.of("dossierCode", victim,
                "agencyCode", "000.31.20.H42")).getId();
        Task shadow = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        assertThat(send("speca", HttpMethod.POST, "/engine-rest/task/" + shadow.getId() + "/complete", Map.of())
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        // then the victim's dossier has no new step, and its readers are unchanged
        assertThat(stepsOf(victim)).isEqualTo(victimSteps);
        assertThat(jdbc.queryForObject("select count(*) from motcua_dossier_step where process_instance_id = ?",
                Integer.class, instance)).isZero();
        assertThat(get("speca", "/api/dossiers/" + victim).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aNonconformityNamesOnlyADossierTheFilerMayReadAndOpensItToNobody() throws Exception {
        // given an SCT dossier, which the director of another agency may not read
        String dossier = submit(LIQUOR, LIQUOR_PAPERS);
        int before = nonconformities();

        // when the director of Sở Tư pháp names it, or a dossier that does not exist
        ResponseEntity<String> foreign = send("sonlh", HttpMethod.POST, "/api/quality/nonconformities", Map.of(
                "description", "Kết quả ban hành sai", "responsibleUnit", "stp-hanh-chinh-tu-phap", "dossierCode", dossier));
        ResponseEntity<String> unknown = send("namhv", HttpMethod.POST, "/api/quality/nonconformities", Map.of(
                "description", "Kết quả ban hành sai", "responsibleUnit", "sct-quan-ly-thuong-mai",
                "dossierCode", "000.00.12.H42-260305-9999"));

        // then both are refused with a JSON problem, and nothing is stored
        assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(json.readTree(foreign.getBody()).get("status").asInt()).isEqualTo(403);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(nonconformities()).isEqualTo(before);

        // a unit of another agency (xã Thạch Khê's economic office) cannot be made responsible: it could not see the steps
        assertThat(send("namhv", HttpMethod.POST, "/api/quality/nonconformities", Map.of("description", "Kết quả ban hành sai",
                "responsibleUnit", "thach-khe-kinh-te", "dossierCode", dossier)).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(nonconformities()).isEqualTo(before);

        // when its own agency's director files one on it, naming another of its departments, which never worked it, as responsible
        ResponseEntity<String> filed = send("namhv", HttpMethod.POST, "/api/quality/nonconformities", Map.of(
                "description", "Kết quả ban hành sai", "responsibleUnit", "sct-ky-thuat-an-toan", "dossierCode", dossier));
        assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
        String code = json.readTree(filed.getBody()).get("code").asText();
        Task record = taskService.createTaskQuery().processInstanceBusinessKey(code).singleResult();
        assertThat(send("huypq", HttpMethod.POST, "/engine-rest/task/" + record.getId() + "/complete",
                Map.of("variables", Map.of("details", Map.of("value", "Chi tiết")))).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        // then that unit, which never worked the dossier, still may not read it nor its receipt
        assertThat(get("huypq", "/api/dossiers/" + dossier).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("huypq", "/api/dossiers/" + dossier + "/receipt.pdf").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(jdbc.queryForObject("select count(*) from motcua_dossier_step where dossier_code = ? and unit like ?",
                Integer.class, dossier, "%sct-ky-thuat-an-toan%")).isZero();
    }

    @Test
    void anAgencysLeadersReadItsDossiersAndManagersSeeTheIdNumberMasked() throws Exception {
        // given a dossier of Sở Công Thương
        String dossier = submit(LIQUOR, LIQUOR_PAPERS);

        // then the desk and the agency's director see the applicant's ID number, another agency's director
        // sees nothing and the manager sees it masked
        assertThat(idNumber("lannt", dossier)).isEqualTo("001085012345");
        assertThat(idNumber("namhv", dossier)).isEqualTo("001085012345");
        assertThat(get("sonlh", "/api/dossiers/" + dossier).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("specb", "/api/dossiers/" + dossier).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(idNumber("chaudm", dossier)).isEqualTo("0010******45");

        // and the unit that works it sees it in full once it holds the dossier
        handedOver(dossier);
        assertThat(idNumber("minhtv", dossier)).isEqualTo("001085012345");
    }

    private String idNumber(String user, String dossier) throws Exception {
        ResponseEntity<String> read = get(user, "/api/dossiers/" + dossier);
        assertThat(read.getStatusCode()).as(user + ": " + read.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(read.getBody()).path("applicant").path("idNumber").asText();
    }

    @Test
    void anInternalAuditorReadsTheDossiersOfTheDepartmentTheyAuditWhileAuditingIt() throws Exception {
        // given a dossier the trade department works, one it never worked, and ducbv (an auditor of the
        // safety department) not auditing
        String worked = submit(LIQUOR, LIQUOR_PAPERS);
        handedOver(worked);
        String other = submit(HOUSEHOLD, List.of("GIAY-DE-NGHI", "GIAY-TO-PHAP-LY"));
        assertThat(get("ducbv", "/api/dossiers/" + worked).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        String programme = "DGNB-T" + Long.toHexString(System.nanoTime() % 0xFFFFFF);
        jdbc.update("insert into motcua_audit_programme (code, audit_year, process_instance_id, status, started_at) "
                + "values (?, 2026, 'none', 'AUDITING', current_timestamp)", programme);
        try {
            // when the ISO secretary has assigned him the audit of the trade department
            jdbc.update("insert into motcua_internal_audit (programme_code, department, status, auditor) "
                    + "values (?, 'sct-quan-ly-thuong-mai', 'ASSIGNED', 'ducbv')", programme);

            // then he reads that department's dossiers, the ID number masked, and no other
            assertThat(idNumber("ducbv", worked)).isEqualTo("0010******45");
            assertThat(get("ducbv", "/api/dossiers/" + other).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

            // and once the audit is done, no longer
            jdbc.update("update motcua_internal_audit set status = 'AUDITED' where programme_code = ?", programme);
            assertThat(get("ducbv", "/api/dossiers/" + worked).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        } finally {
            jdbc.update("delete from motcua_internal_audit where programme_code = ?", programme);
            jdbc.update("delete from motcua_audit_programme where code = ?", programme);
        }
    }

    @Test
    void tasklistSubmitsTheStepsFormButNoReservedVariable() throws Exception {
        // given minhtv signed in to Tasklist, with the appraisal of a liquor licence dossier open
        String victim = submit(HOUSEHOLD, List.of("GIAY-DE-NGHI", "GIAY-TO-PHAP-LY"));
        String own = submit(LIQUOR, LIQUOR_PAPERS);
        Task appraisal = handedOver(own);
        HttpHeaders session = tasklistSession("minhtv");
        String submitForm = "/camunda/api/engine/engine/default/task/" + appraisal.getId() + "/submit-form";

        // when the form is submitted with the victim's code through the webapp's REST API: refused
        refused(rest.exchange(submitForm, HttpMethod.POST, new HttpEntity<>(Map.of("variables", Map.of("dossierCode",
                Map.of("value", victim, "type", "String"))), session), String.class), "dossierCode");
        assertThat(taskService.createTaskQuery().taskId(appraisal.getId()).count()).isOne();

        // and the form as Tasklist submits it (the dossier code shown disabled, not sent) completes the step
        ResponseEntity<String> submitted = rest.exchange(submitForm, HttpMethod.POST, new HttpEntity<>(Map.of("variables",
                Map.of("appraisalOutcome", Map.of("value", "APPROVE", "type", "String"),
                        "appraisalNote", Map.of("value", "Hợp lệ", "type", "String"))), session), String.class);
        assertThat(submitted.getStatusCode()).as(submitted.getHeaders() + " " + submitted.getBody())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(runtimeService.getVariable(appraisal.getProcessInstanceId(), "dossierCode")).isEqualTo(own);
    }

    /** Headers of a Tasklist session: its cookies and CSRF token, as the webapp's pages send them. */
    private HttpHeaders tasklistSession(String user) {
        java.util.Map<String, String> cookies = new java.util.LinkedHashMap<>();
        ResponseEntity<String> page = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
        remember(page, cookies);
        HttpHeaders login = new HttpHeaders();
        login.add(HttpHeaders.COOKIE, cookieHeader(cookies));
        login.add("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
        login.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        ResponseEntity<String> loggedIn = rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist",
                HttpMethod.POST, new HttpEntity<>("username=" + user + "&password=" + password(user), login), String.class);
        assertThat(loggedIn.getStatusCode()).as(loggedIn.getBody()).isEqualTo(HttpStatus.OK);
        remember(loggedIn, cookies);
        // the signed-in session gets its own CSRF token with the next page it loads
        HttpHeaders signedIn = new HttpHeaders();
        signedIn.add(HttpHeaders.COOKIE, cookieHeader(cookies));
        remember(rest.exchange("/camunda/app/tasklist/default/", HttpMethod.GET, new HttpEntity<>(signedIn), String.class),
                cookies);
        HttpHeaders session = new HttpHeaders();
        session.add(HttpHeaders.COOKIE, cookieHeader(cookies));
        session.add("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
        session.setContentType(MediaType.APPLICATION_JSON);
        return session;
    }

    private static void remember(ResponseEntity<?> response, java.util.Map<String, String> cookies) {
        for (String cookie : response.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of())) {
            String pair = cookie.split(";")[0];
            int equals = pair.indexOf('=');
            cookies.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
    }

    private static String cookieHeader(java.util.Map<String, String> cookies) {
        return String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }
}
