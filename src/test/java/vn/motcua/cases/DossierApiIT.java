package vn.motcua.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.calendar.ShippedCalendarMoments.vn;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.engine.DossierVariables;

/** POST /api/dossiers: validation, authorization, idempotency, dossier codes; and the Tasklist start form. */
class DossierApiIT extends DeskIT {

    private static final String LIQUOR = "MAU-SCT-RUOU-BB";
    private static final List<String> PAPERS = List.of("DON-DE-NGHI", "GCN-DKDN", "DIA-DIEM", "NHA-CUNG-CAP");

    @Autowired
    FormService formService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    JdbcClient jdbc;

    private long dossierCount() {
        return jdbc.sql("select count(*) from motcua_dossier").query(Long.class).single();
    }

    @Test
    void invalidFieldsAreEachNamedAndNothingIsCreated() throws Exception {
        long before = dossierCount();
        Map<String, Object> body = new HashMap<>(Map.of("procedureCode", LIQUOR, "channel", "FAX",
                "applicant", Map.of("name", "", "idNumber", "12AB", "email", "not-an-address"),
                "intakeOutcome", "INCOMPLETE"));

        ResponseEntity<String> response = desk.submit(body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(response.getBody()).get("errors").findValuesAsText("field")).containsExactlyInAnyOrder(
                "channel", "applicant.name", "applicant.idNumber", "applicant.email", "missingPapers");
        assertThat(dossierCount()).isEqualTo(before);
    }

    @Test
    void anUnknownProcedureAnswers404() {
        assertThat(desk.submit(Desk.dossier("KHONG-CO", PAPERS, "COMPLETE")).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aPaperOfAnotherProcedureIsRejected() {
        ResponseEntity<String> response = desk.submit(Desk.dossier(LIQUOR, List.of("GIAY-CHUNG-SINH"), "COMPLETE"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("GIAY-CHUNG-SINH");
    }

    @Test
    void aDossierDeclaredCompleteWithoutEveryRequiredPaperIsRefusedNamingTheMissingOnes() throws Exception {
        // given a liquor licence dossier with one of its four required papers, declared complete
        long before = dossierCount();

        ResponseEntity<String> response = desk.submit(Desk.dossier(LIQUOR, List.of("DON-DE-NGHI"), "COMPLETE"));

        // then 400 naming, in Vietnamese, the three papers still missing; no dossier, no code taken
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.get("detail").asText()).contains("chưa đủ thành phần bắt buộc",
                "Bản sao Giấy chứng nhận đăng ký doanh nghiệp",
                "Bản sao giấy tờ chứng minh quyền sử dụng địa điểm kinh doanh",
                "Bản sao văn bản giới thiệu, hợp đồng với nhà cung cấp sản phẩm rượu")
                .doesNotContain("Đơn đề nghị cấp Giấy phép");
        assertThat(problem.get("errors").findValuesAsText("field")).containsExactly("papers");
        assertThat(problem.get("missingPapers").findValuesAsText("code"))
                .containsExactly("GCN-DKDN", "DIA-DIEM", "NHA-CUNG-CAP");
        assertThat(dossierCount()).isEqualTo(before);
    }

    @Test
    void anOptionalPaperIsNotNeededForACompleteDossier() throws Exception {
        // the household registration's meeting minutes are "(nếu có)": two required papers make it complete
        ResponseEntity<String> response = desk.submit(Desk.dossier("MAU-XA-HKD",
                List.of("GIAY-DE-NGHI", "GIAY-TO-PHAP-LY"), "COMPLETE"));

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void anIncompleteDossierMayLackRequiredPapers() throws Exception {
        Map<String, Object> body = Desk.dossier(LIQUOR, List.of("DON-DE-NGHI"), "INCOMPLETE");
        body.put("missingPapers", "Bản sao Giấy chứng nhận đăng ký doanh nghiệp");

        assertThat(desk.submit(body).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void theTasklistStartFormRefusesACompleteDossierMissingARequiredPaper() throws Exception {
        // given the clerk ticks two of the judicial record's three required papers and chooses "complete",
        // and Tasklist submits the start form as it does (the checklist as a JSON variable)
        long before = dossierCount();
        String definitionId = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey("JudicialRecordCertificateProcess").latestVersion().singleResult().getId();
        Map<String, Object> form = Map.of(
                "applicantName", Map.of("value", "Trần Thị Mỹ Duyên"),
                "applicantIdNumber", Map.of("value", "038190004321"),
                "channel", Map.of("value", "IN_PERSON"),
                "papers", Map.of("value", "[\"TO-KHAI\",\"GIAY-TO-TUY-THAN\"]", "type", "Json"),
                "intakeOutcome", Map.of("value", "COMPLETE"));

        ResponseEntity<String> response = desk.api().send(Desk.CLERK, Desk.PASSWORD, HttpMethod.POST,
                "/engine-rest/process-definition/" + definitionId + "/submit-form", Map.of("variables", form));

        // then 400 naming the missing paper, and nothing is registered
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(response.getBody()).get("message").asText())
                .contains("Còn thiếu: Bản chụp giấy tờ chứng minh nơi cư trú");
        assertThat(dossierCount()).isEqualTo(before);
    }

    @Test
    void theDesksCheckOfAnOnlineDossierCannotCallItCompleteWithoutEveryRequiredPaper() throws Exception {
        // given an online dossier with one required paper, waiting for the desk's check
        Map<String, Object> body = Desk.dossier(LIQUOR, List.of("DON-DE-NGHI"), null);
        body.put("channel", "ONLINE");
        String code = desk.submitOk(body).get("code").asText();
        Task check = desk.openTask(code);

        // when the clerk completes the check as complete
        ResponseEntity<String> completed = desk.complete(check, Desk.CLERK, Map.of("intakeOutcome", "COMPLETE"));

        // then 400 naming the missing papers; the check is still open and the dossier not received
        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(completed.getBody()).contains("Bản sao Giấy chứng nhận đăng ký doanh nghiệp");
        assertThat(desk.openTask(code).getTaskDefinitionKey()).isEqualTo("Task_CheckDossier");
        assertThat(desk.read(code).get("status").asText()).isEqualTo("SUBMITTED");
    }

    @Test
    void onlyTheDeskStartsDossiers() {
        long before = dossierCount();
        ResponseEntity<String> response = desk.api().send("minhtv", Desk.PASSWORD, HttpMethod.POST, "/api/dossiers",
                Desk.dossier(LIQUOR, PAPERS, "COMPLETE"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(dossierCount()).isEqualTo(before);
    }

    @Test
    void aRetriedSubmissionWithTheSameIdempotencyKeyReturnsTheFirstDossier() throws Exception {
        String key = "portal-" + System.nanoTime();
        ResponseEntity<String> first = submitWithKey(key);
        long after = dossierCount();
        ResponseEntity<String> retry = submitWithKey(key);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(json.readTree(retry.getBody()).get("code").asText())
                .isEqualTo(json.readTree(first.getBody()).get("code").asText());
        assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(dossierCount()).isEqualTo(after);
    }

    @Test
    void anotherClerkReusingSomeonesIdempotencyKeyGetsAConflictNotTheirDossier() throws Exception {
        // given lannt's dossier submitted with a key
        String key = "portal-" + System.nanoTime();
        ResponseEntity<String> first = submitWithKey(key);
        long after = dossierCount();

        // when another clerk sends the same key (guessed, or reused by a second desk system)
        ResponseEntity<String> reuse = submitWithKey(key, "hungpv");

        // then 409, without the first dossier's code or its citizen's lookup token, and nothing new
        assertThat(reuse.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(reuse.getBody()).doesNotContain(json.readTree(first.getBody()).get("code").asText());
        assertThat(dossierCount()).isEqualTo(after);
    }

    private ResponseEntity<String> submitWithKey(String key) {
        return submitWithKey(key, Desk.CLERK);
    }

    private ResponseEntity<String> submitWithKey(String key, String clerk) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(clerk, Desk.PASSWORD);
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", key);
        return rest.exchange("/api/dossiers", HttpMethod.POST,
                new HttpEntity<>(Desk.dossier(LIQUOR, PAPERS, "COMPLETE"), headers), String.class);
    }

    @Test
    void concurrentIntakesGetUniqueConsecutiveCodes() throws Exception {
        // a day of its own, so that no other test's dossier takes a number
        ClockUtil.setCurrentTime(Date.from(vn(2026, 3, 17, 9, 0).toInstant()));
        int threads = 4;
        int each = 5;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Callable<String>> submissions = new ArrayList<>();
        for (int i = 0; i < threads * each; i++) {
            submissions.add(() -> json.readTree(desk.submit(Desk.dossier("MAU-XA-HKD", List.of("GIAY-DE-NGHI", "GIAY-TO-PHAP-LY"),
                    "COMPLETE")).getBody()).get("code").asText());
        }
        List<String> codes = new ArrayList<>();
        for (Future<String> code : pool.invokeAll(submissions)) {
            codes.add(code.get());
        }
        pool.shutdown();

        assertThat(codes).doesNotHaveDuplicates();
        List<String> expected = new ArrayList<>();
        for (int n = 1; n <= threads * each; n++) {
            expected.add(String.format("000.31.20.H42-260317-%04d", n));
        }
        assertThat(codes).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aTasklistStartFormRegistersTheDossierAndKeepsPersonalDataOutOfTheEngine() {
        // given the clerk submits the start form in Tasklist
        identityService.setAuthentication("lannt", List.of("one-stop-clerk"));
        String definitionId = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey("JudicialRecordCertificateProcess").latestVersion().singleResult().getId();
        Map<String, Object> form = new HashMap<>();
        form.put("applicantName", "Trần Thị Mỹ Duyên");
        form.put("applicantIdNumber", "038190004321");
        form.put("applicantPhone", "0987654321");
        form.put("channel", "IN_PERSON");
        form.put("papers", Spin.JSON("[\"TO-KHAI\", \"GIAY-TO-TUY-THAN\", \"CU-TRU\"]"));
        form.put("intakeOutcome", "COMPLETE");

        ProcessInstance instance = formService.submitStartForm(definitionId, form);
        // the clerk is done; what follows reads as the test, not as a signed-in user (whose lists must page)
        identityService.clearAuthentication();

        // then the dossier is registered with the applicant and the papers
        String code = instance.getBusinessKey();
        assertThat(code).startsWith("000.00.15.H42-260305-");
        Map<String, Object> row = jdbc.sql("select applicant_name, applicant_id_number, status from motcua_dossier "
                + "where code = :code").param("code", code).query().singleRow();
        assertThat(row).containsEntry("APPLICANT_NAME", "Trần Thị Mỹ Duyên").containsEntry("STATUS", "IN_PROGRESS");
        assertThat(jdbc.sql("select count(*) from motcua_dossier_paper p join motcua_dossier d on d.id = p.dossier_id "
                + "where d.code = :code").param("code", code).query(Integer.class).single()).isEqualTo(3);

        // and no personal data stays in the engine, nor in its history
        for (String name : DossierVariables.PERSONAL_DATA) {
            assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(instance.getId())
                    .variableName(name).count()).as("runtime %s", name).isZero();
            assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                    .variableName(name).count()).as("history %s", name).isZero();
        }
        assertThat(historyService.createHistoricDetailQuery().processInstanceId(instance.getId()).list())
                .noneSatisfy(detail -> assertThat(detail.toString()).contains("Trần Thị Mỹ Duyên"));
    }
}
