package vn.motcua.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * QMS records belong to an agency (README: 'Agencies and who sees them'): the ISO secretaries of Sở Công Thương
 * (trangdt) and of xã Thạch Khê (hongnt) each run their agency's internal audit, management review, risks and
 * nonconformities in one installation. Each reads and works their own agency's, through the application's API, its
 * printed documents and the engine's tasks, and nothing of the other; the province's roles read both; the inspection's
 * evidence counts an agency's own audits only.
 */
class QmsAgencyIsolationIT extends DeskIT {

    private static final String SCT = "000.00.12.H42";
    private static final String SCT_SECRETARY = "trangdt";
    private static final String COMMUNE_SECRETARY = "hongnt";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.camunda.bpm.engine.FormService formService;

    @Test
    void eachAgencysQualityTeamRunsItsOwnInternalAuditAndSeesNoneOfTheOthers() throws Exception {
        String sct = startProgramme(SCT_SECRETARY, 2025);
        String commune = startProgramme(COMMUNE_SECRETARY, 2025);
        assertThat(sct).isEqualTo("DGNB-2025-" + SCT);
        assertThat(commune).isEqualTo("DGNB-2025-" + Desk.THACH_KHE);
        // the instance and its tasks are the agency's tenant's
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(sct).singleResult().getTenantId())
                .isEqualTo(SCT);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(commune).singleResult().getTenantId())
                .isEqualTo(Desk.THACH_KHE);

        assertThat(codes(SCT_SECRETARY, "/api/quality/audit-programmes")).contains(sct).doesNotContain(commune);
        assertThat(codes(COMMUNE_SECRETARY, "/api/quality/audit-programmes")).contains(commune).doesNotContain(sct);
        assertThat(codes("phuongnt", "/api/quality/audit-programmes")).contains(commune).doesNotContain(sct);
        for (String province : List.of("ngatt", "vinhnq")) {
            assertThat(codes(province, "/api/quality/audit-programmes")).as(province).contains(sct, commune);
        }
        assertThat(desk.api().bytes(COMMUNE_SECRETARY, Desk.PASSWORD, "/api/quality/audit-programmes/" + sct + "/report.pdf")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(desk.api().bytes(SCT_SECRETARY, Desk.PASSWORD, "/api/quality/audit-programmes/" + sct + "/report.pdf")
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        // both are ISO secretaries, the plan's candidates: each sees and plans only their own agency's
        assertThat(count(COMMUNE_SECRETARY, "/engine-rest/task?processInstanceBusinessKey=" + sct)).isZero();
        assertThat(count(SCT_SECRETARY, "/engine-rest/task?processInstanceBusinessKey=" + sct)).isEqualTo(1);
        assertThat(count(COMMUNE_SECRETARY, "/engine-rest/history/process-instance?processInstanceBusinessKey=" + sct)).isZero();
        Task plan = desk.openTask(sct);
        // the plan's form proposes the agency's own departments, which the plan accepts as they are
        String proposed = String.valueOf(formService.getTaskFormData(plan.getId()).getFormFields().stream()
                .filter(field -> field.getId().equals("auditedDepartmentsText")).findFirst().orElseThrow().getValue().getValue());
        assertThat(proposed).contains("sct-ky-thuat-an-toan", "sct-quan-ly-thuong-mai").doesNotContain("thach-khe", "stp-");
        ResponseEntity<String> foreign = desk.complete(plan, COMMUNE_SECRETARY, Map.of("auditedDepartmentsText",
                "sct-ky-thuat-an-toan", "auditCriteria", "TCVN ISO 9001:2015"));
        assertThat(foreign.getStatusCode().is4xxClientError()).as(foreign.getBody()).isTrue();
        assertThat(taskService.createTaskQuery().taskId(plan.getId()).count()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select status from motcua_audit_programme where code = ?", String.class, sct))
                .isEqualTo("PLANNING");
        assertThat(desk.complete(plan, SCT_SECRETARY, Map.of("auditedDepartmentsText", "sct-ky-thuat-an-toan",
                "auditCriteria", "TCVN ISO 9001:2015")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        // the department's audit (a called instance) belongs to the agency too
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(sct + "-sct-ky-thuat-an-toan")
                .singleResult().getTenantId()).isEqualTo(SCT);

        // the inspection's evidence: an agency's own audit counts for it and for no other agency
        jdbc.update("update motcua_internal_audit set status = 'AUDITED' where programme_code = ?", sct);
        Map<String, Boolean> audited = auditCheckByAgency();
        assertThat(audited.get(SCT)).isTrue();
        assertThat(audited.get(Desk.THACH_KHE)).isFalse();
    }

    @Test
    void anAgencyCannotWriteAnotherAgencysQmsRecordsNorForgeItsAgency() throws Exception {
        // naming another agency is refused; a client cannot set the reserved qmsAgency of an instance either
        assertThat(desk.api().send(COMMUNE_SECRETARY, Desk.PASSWORD, HttpMethod.POST,
                "/api/quality/audit-programmes?year=2023&agency=" + SCT, null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        // an oversized agency is a short 400, whoever asks
        for (String user : List.of(COMMUNE_SECRETARY, "testadmin")) {
            ResponseEntity<String> oversized = desk.api().send(user, "testadmin".equals(user) ? "admin-secret" : Desk.PASSWORD,
                    HttpMethod.POST, "/api/quality/audit-programmes?year=2023&agency=" + "X".repeat(5000), null);
            assertThat(oversized.getStatusCode()).as(user).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(oversized.getBody()).contains("agency").hasSizeLessThan(1000);
        }
        assertThat(desk.api().send(COMMUNE_SECRETARY, Desk.PASSWORD, HttpMethod.POST, "/api/quality/nonconformities",
                Map.of("description", "Thiếu sổ theo dõi", "responsibleUnit", "thach-khe-van-phong", "agencyCode", SCT))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("InternalAuditProcess").count();
        ResponseEntity<String> forged = desk.api().send(COMMUNE_SECRETARY, Desk.PASSWORD, HttpMethod.POST,
                "/engine-rest/process-definition/key/InternalAuditProcess/start", Map.of("businessKey", "DGNB-GIA-MAO",
                        "variables", Map.of("qmsAgency", Map.of("value", SCT), "auditYear", Map.of("value", 2023, "type", "Long"))));
        assertThat(forged.getStatusCode().is4xxClientError()).as(forged.getBody()).isTrue();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("InternalAuditProcess").count())
                .isEqualTo(before);
        // started through the engine without naming one, a programme is its starter's agency's, under its agency's code
        // whatever business key was asked for (Sở Công Thương's here): nobody takes another agency's programme code
        String squatted = "DGNB-2023-" + SCT;
        ResponseEntity<String> own = desk.api().send(COMMUNE_SECRETARY, Desk.PASSWORD, HttpMethod.POST,
                "/engine-rest/process-definition/key/InternalAuditProcess/start", Map.of("businessKey", squatted,
                        "variables", Map.of("auditYear", Map.of("value", 2023, "type", "Long"))));
        assertThat(own.getStatusCode()).as(own.getBody()).isEqualTo(HttpStatus.OK);
        String commune = "DGNB-2023-" + Desk.THACH_KHE;
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(commune).singleResult()
                .getTenantId()).isEqualTo(Desk.THACH_KHE);
        assertThat(jdbc.queryForObject("select agency_code from motcua_audit_programme where code = ?", String.class, commune))
                .isEqualTo(Desk.THACH_KHE);
        assertThat(jdbc.queryForObject("select count(*) from motcua_audit_programme where code = ?", Integer.class, squatted))
                .isZero();
        assertThat(desk.api().send(SCT_SECRETARY, Desk.PASSWORD, HttpMethod.POST, "/api/quality/audit-programmes?year=2023", null)
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        // a second programme of the year through the engine: a clear 400, nothing started
        long programmes = runtimeService.createProcessInstanceQuery().processDefinitionKey("InternalAuditProcess").count();
        ResponseEntity<String> again = desk.api().send(COMMUNE_SECRETARY, Desk.PASSWORD, HttpMethod.POST,
                "/engine-rest/process-definition/key/InternalAuditProcess/start", Map.of(
                        "variables", Map.of("auditYear", Map.of("value", 2023, "type", "Long"))));
        assertThat(again.getStatusCode()).as(again.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(again.getBody()).contains("đã có");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("InternalAuditProcess").count())
                .isEqualTo(programmes);
    }

    @Test
    void reviewsRisksAndNonconformitiesAreTheirAgencysToo() throws Exception {
        // in 2027, so that the review's number is none another test expects
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(
                vn.motcua.calendar.ShippedCalendarMoments.vn(2027, 2, 1, 9, 0).toInstant()));
        ResponseEntity<String> review = desk.api().send(COMMUNE_SECRETARY, Desk.PASSWORD, HttpMethod.POST,
                "/api/quality/management-reviews?from=2026-01-01&to=2026-12-31", null);
        assertThat(review.getStatusCode()).as(review.getBody()).isEqualTo(HttpStatus.CREATED);
        String reviewCode = json.readTree(review.getBody()).get("code").asText();
        ResponseEntity<String> risk = desk.api().send(SCT_SECRETARY, Desk.PASSWORD, HttpMethod.POST, "/api/quality/risks",
                Map.of("kind", "RISK", "title", "Thiếu cán bộ thẩm định an toàn thực phẩm", "responsibleUnit", "sct-ky-thuat-an-toan"));
        assertThat(risk.getStatusCode()).as(risk.getBody()).isEqualTo(HttpStatus.CREATED);
        String riskCode = json.readTree(risk.getBody()).get("code").asText();
        // the responsible unit reads the process its steps belong to: Tasklist shows the task's process and diagram
        assertThat(desk.api().get("huypq", Desk.PASSWORD, "/engine-rest/process-definition/key/RiskProcess").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        ResponseEntity<String> nc = desk.api().send(COMMUNE_SECRETARY, Desk.PASSWORD, HttpMethod.POST,
                "/api/quality/nonconformities", Map.of("description", "Sổ tiếp nhận thiếu chữ ký người nộp",
                        "responsibleUnit", "thach-khe-van-phong"));
        assertThat(nc.getStatusCode()).as(nc.getBody()).isEqualTo(HttpStatus.CREATED);
        String ncCode = json.readTree(nc.getBody()).get("code").asText();
        assertThat(desk.api().get(COMMUNE_SECRETARY, Desk.PASSWORD, "/engine-rest/process-definition/key/NonconformingOutputProcess")
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(ncCode).singleResult().getTenantId())
                .isEqualTo(Desk.THACH_KHE);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reviewCode).singleResult().getTenantId())
                .isEqualTo(Desk.THACH_KHE);

        assertThat(codes(COMMUNE_SECRETARY, "/api/quality/management-reviews")).contains(reviewCode);
        assertThat(codes(SCT_SECRETARY, "/api/quality/management-reviews")).doesNotContain(reviewCode);
        assertThat(codes("chaudm", "/api/quality/risks")).contains(riskCode);
        assertThat(codes("phuongnt", "/api/quality/risks")).doesNotContain(riskCode);
        assertThat(codes("phuongnt", "/api/quality/nonconformities")).contains(ncCode);
        assertThat(codes("chaudm", "/api/quality/nonconformities?all=true")).doesNotContain(ncCode);
        for (String province : List.of("ngatt", "vinhnq")) {
            assertThat(codes(province, "/api/quality/management-reviews")).contains(reviewCode);
            assertThat(codes(province, "/api/quality/risks")).contains(riskCode);
            assertThat(codes(province, "/api/quality/nonconformities")).contains(ncCode);
        }
        assertThat(desk.api().bytes(SCT_SECRETARY, Desk.PASSWORD, "/api/quality/management-reviews/" + reviewCode
                + "/inputs.pdf").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(desk.pdfText(COMMUNE_SECRETARY, "/api/quality/management-reviews/" + reviewCode + "/inputs.pdf"))
                .contains("THẠCH KHÊ");
        // a risk's responsible unit is of the risk's agency
        ResponseEntity<String> foreignUnit = desk.api().send(SCT_SECRETARY, Desk.PASSWORD, HttpMethod.POST, "/api/quality/risks",
                Map.of("kind", "RISK", "title", "Thiếu cán bộ", "responsibleUnit", "thach-khe-van-phong"));
        assertThat(foreignUnit.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(foreignUnit.getBody()).contains("responsibleUnit", "không thuộc cơ quan " + SCT);
        assertThat(desk.api().bytes(SCT_SECRETARY, Desk.PASSWORD, "/api/quality/nonconformities/" + ncCode + "/report.pdf")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(desk.api().bytes("phuongnt", Desk.PASSWORD, "/api/quality/nonconformities/" + ncCode + "/report.pdf")
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        // the overview counts the caller's agency's
        long sctOpen = json.readTree(desk.api().get(SCT_SECRETARY, Desk.PASSWORD, "/api/quality/overview").getBody())
                .get("openNonconformities").asLong();
        long allOpen = json.readTree(desk.api().get("ngatt", Desk.PASSWORD, "/api/quality/overview").getBody())
                .get("openNonconformities").asLong();
        assertThat(allOpen).isGreaterThan(sctOpen);
        // the province's officer reads one agency's overview by naming it; its programme is that agency's
        JsonNode commune = json.readTree(desk.api().get("ngatt", Desk.PASSWORD, "/api/quality/overview?agency="
                + Desk.THACH_KHE).getBody());
        assertThat(commune.get("openNonconformities").asLong()).isPositive().isLessThanOrEqualTo(allOpen);
        assertThat(desk.api().get(SCT_SECRETARY, Desk.PASSWORD, "/api/quality/overview?agency=" + Desk.THACH_KHE)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void anAgencysPeopleSeeTheReviewsOfTheirOwnProceduresAfterALegalChange() throws Exception {
        ResponseEntity<String> registered = desk.api().send(SCT_SECRETARY, Desk.PASSWORD, HttpMethod.POST,
                "/api/legal-documents/105-2017-nd-cp/changes", Map.of("title", "Nghị định 105/2017/NĐ-CP về kinh doanh rượu",
                        "summary", "Sửa đổi điều kiện bán buôn rượu", "effectiveDate", "2026-06-01"));
        assertThat(registered.getStatusCode()).as(registered.getBody()).isEqualTo(HttpStatus.CREATED);
        List<String> instances = new java.util.ArrayList<>();
        json.readTree(registered.getBody()).get("reviews").forEach(review -> instances.add(review.get("processInstanceId").asText()));
        assertThat(instances).isNotEmpty();
        for (String reader : List.of(SCT_SECRETARY, "chaudm", "tungnt", "ngatt")) {
            assertThat(instancesOf(reader, "/api/legal-documents/reviews")).as(reader).containsAll(instances);
        }
        for (String reader : List.of(COMMUNE_SECRETARY, "phuongnt")) {
            assertThat(instancesOf(reader, "/api/legal-documents/reviews")).as(reader).doesNotContainAnyElementsOf(instances);
        }
        // the modelling team reviews the procedures, as before
        for (String instance : instances) {
            Task review = taskService.createTaskQuery().processInstanceId(instance).singleResult();
            assertThat(desk.complete(review, "tungnt", Map.of("reviewOutcome", "UNCHANGED", "reviewNote", "Không ảnh hưởng"))
                    .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        }
    }

    private List<String> instancesOf(String user, String path) throws Exception {
        ResponseEntity<String> answer = desk.api().get(user, Desk.PASSWORD, path);
        assertThat(answer.getStatusCode()).as(user + " " + path + ": " + answer.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(answer.getBody()).findValuesAsText("processInstanceId");
    }

    private String startProgramme(String user, int year) throws Exception {
        ResponseEntity<String> started = desk.api().send(user, Desk.PASSWORD, HttpMethod.POST,
                "/api/quality/audit-programmes?year=" + year, null);
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(started.getBody()).get("code").asText();
    }

    private List<String> codes(String user, String path) throws Exception {
        ResponseEntity<String> answer = desk.api().get(user, Desk.PASSWORD, path);
        assertThat(answer.getStatusCode()).as(user + " " + path + ": " + answer.getBody()).isEqualTo(HttpStatus.OK);
        List<String> codes = new java.util.ArrayList<>();
        json.readTree(answer.getBody()).forEach(node -> codes.add(node.path("code").asText()));
        return codes;
    }

    private int count(String user, String path) throws Exception {
        ResponseEntity<String> answer = desk.api().get(user, Desk.PASSWORD, path + "&maxResults=100");
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(answer.getBody()).size();
    }

    /** Whether the province view shows each agency's internal audit check met. */
    private Map<String, Boolean> auditCheckByAgency() throws Exception {
        ResponseEntity<String> view = desk.api().get("vinhnq", Desk.PASSWORD, "/api/province/agencies");
        assertThat(view.getStatusCode()).as(view.getBody()).isEqualTo(HttpStatus.OK);
        Map<String, Boolean> met = new java.util.HashMap<>();
        for (JsonNode agency : json.readTree(view.getBody()).path("agencies")) {
            for (JsonNode check : agency.path("qms")) {
                if ("INTERNAL_AUDIT".equals(check.path("check").asText())) {
                    met.put(agency.path("agencyCode").asText(), check.path("met").asBoolean());
                }
            }
        }
        return met;
    }
}
