package vn.motcua.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.calendar.ShippedCalendarMoments.vn;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Nonconforming output (ISO 9001:2015, 8.7) and corrective action (10.2) through the engine: a dossier
 * resolved late opens a nonconformity for the unit that was late; the corrective action it needs has
 * its plan returned once, is found not effective and reopened, and closes on the second round. A
 * nonconformity recorded by hand closes without corrective action.
 */
class NonconformityProcessesIT extends DeskIT {

    private static final String QUALITY = "trangdt";

    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcTemplate jdbc;

    private void at(int year, int month, int day, int hour) {
        ClockUtil.setCurrentTime(Date.from(vn(year, month, day, hour, 0).toInstant()));
    }

    private JsonNode nonconformityOfDossier(String dossierCode) throws Exception {
        // the province's QMS officer reads every agency's (README: 'Agencies and who sees them')
        JsonNode all = json.readTree(desk.api().get("ngatt", Desk.PASSWORD, "/api/quality/nonconformities?all=true").getBody());
        List<JsonNode> found = new java.util.ArrayList<>();
        all.forEach(nc -> {
            if (dossierCode.equals(nc.path("dossierCode").asText())) {
                found.add(nc);
            }
        });
        assertThat(found).as("nonconformities of dossier %s", dossierCode).hasSize(1);
        return found.get(0);
    }

    private String status(String nonconformityCode) {
        return jdbc.queryForObject("select status from motcua_nonconformity where code = ?", String.class, nonconformityCode);
    }

    private Task task(String businessKey, String expectedKey) {
        Task task = desk.openTask(businessKey);
        assertThat(task.getTaskDefinitionKey()).isEqualTo(expectedKey);
        return task;
    }

    /** Submits the plan as Tasklist's generated form does: the deadline typed as a date. */
    private ResponseEntity<String> plan(String code, String owner, String deadline) {
        Map<String, Object> answers = new HashMap<>();
        answers.put("actionPlan", Map.of("value", "Bố trí thêm cán bộ nhận, bàn giao hồ sơ trong ngày; kiểm tra cuối mỗi buổi"));
        answers.put("actionOwner", Map.of("value", owner));
        answers.put("actionDeadline", Map.of("value", deadline, "type", "Date"));
        Task task = task(code, "Task_PlanActions");
        return desk.api().send(desk.workerOf(task), Desk.PASSWORD, HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/complete",
                Map.of("variables", answers));
    }

    @Test
    void aLateDossierOpensANonconformityWhoseCorrectiveActionIsReopenedUntilEffective() throws Exception {
        // a business household dossier received Wed 1/7/2026 (due Mon 6/7), every step worked on Tue 7/7
        at(2026, 7, 1, 9);
        String dossier = desk.submitOk(Desk.dossier("MAU-XA-HKD", List.of("GIAY-DE-NGHI", "GIAY-TO-PHAP-LY"), "COMPLETE")).get("code").asText();
        at(2026, 7, 7, 9);
        desk.walkToTheEnd(dossier);

        JsonNode nonconformity = nonconformityOfDossier(dossier);
        String code = nonconformity.get("code").asText();
        String lateUnit = jdbc.queryForObject("select unit from motcua_dossier_step where dossier_code = ? and timeliness = 'LATE' "
                + "order by started_at fetch first 1 rows only", String.class, dossier);
        assertThat(code).matches("KPH-2026-\\d{6}");
        assertThat(nonconformity.get("source").asText()).isEqualTo("DOSSIER_LATE");
        assertThat(nonconformity.get("responsibleUnit").asText()).isEqualTo(lateUnit);
        assertThat(nonconformity.get("description").asText()).contains(dossier, "quá hạn", "06/07/2026");
        assertThat(status(code)).isEqualTo("IN_PROGRESS");

        Task record = task(code, "Task_RecordNonconformity");
        assertThat(taskService.getIdentityLinksForTask(record.getId())).anyMatch(link -> lateUnit.equals(link.getGroupId()));
        assertThat(record.getDueDate()).isEqualTo(Date.from(vn(2026, 7, 8, 9, 0).toInstant()));
        desk.completeOk(record, Map.of("details", "Bộ phận Một cửa bàn giao hồ sơ chậm 4 ngày làm việc"));
        desk.completeOk(task(code, "Task_CorrectOutput"), Map.of("correction", "Đã xin lỗi công dân, trả kết quả ngay trong ngày"));
        desk.completeOk(task(code, "Task_DecideCorrectiveAction"),
                Map.of("correctiveActionNeeded", true, "decisionNote", "Lặp lại lần thứ hai trong quý: cần tìm nguyên nhân"));
        assertThat(status(code)).isEqualTo("CORRECTIVE_ACTION");

        // first round: the plan is checked, returned once, approved, implemented, and found not effective
        desk.completeOk(task(code, "Task_AnalyseRootCause"), Map.of("rootCause", "Chỉ một cán bộ biết quy trình bàn giao"));
        ResponseEntity<String> unknownOwner = plan(code, "nobody-here", "2026-07-20T00:00:00.000+0700");
        assertThat(unknownOwner.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknownOwner.getBody()).contains("nobody-here");
        ResponseEntity<String> past = plan(code, "anhnt", "2026-07-06T00:00:00.000+0700");
        assertThat(past.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(past.getBody()).contains("đã qua");
        assertThat(plan(code, "anhnt", "2026-07-20T00:00:00.000+0700").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        desk.completeOk(task(code, "Task_ApprovePlan"), Map.of("planApproved", false, "approvalNote", "Ghi rõ ai kiểm tra cuối buổi"));
        assertThat(plan(code, "anhnt", "2026-07-20T00:00:00.000+0700").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        desk.completeOk(task(code, "Task_ApprovePlan"), Map.of("planApproved", true, "approvalNote", "Đồng ý"));

        Task implement = task(code, "Task_ImplementActions");
        assertThat(implement.getAssignee()).isEqualTo("anhnt");
        // due at the close of office hours of the plan's deadline (Mon 20/7/2026)
        assertThat(implement.getDueDate()).isEqualTo(Date.from(vn(2026, 7, 20, 17, 0).toInstant()));
        JsonNode open = json.readTree(desk.api().get("phuongnt", Desk.PASSWORD, "/api/quality/corrective-actions").getBody());
        assertThat(open.findValuesAsText("nonconformityCode")).contains(code);
        assertThat(desk.complete(implement, "anhnt", Map.of("implementationReport", "Đã tập huấn 3 cán bộ")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        checkEffectiveness(code, false);

        assertThat(jdbc.queryForObject("select round from motcua_corrective_action where nonconformity_code = ?", Integer.class, code))
                .isEqualTo(2);
        assertThat(status(code)).isEqualTo("CORRECTIVE_ACTION");

        // second round
        desk.completeOk(task(code, "Task_AnalyseRootCause"), Map.of("rootCause", "Không có bước kiểm tra cuối buổi"));
        assertThat(plan(code, "anhnt", "2026-09-30T00:00:00.000+0700").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        Task approve = task(code, "Task_ApprovePlan");
        assertThat(taskService.getVariable(approve.getId(), "planApproved")).isEqualTo(false);
        desk.completeOk(approve, Map.of("planApproved", true, "approvalNote", "Đồng ý"));
        desk.complete(task(code, "Task_ImplementActions"), "anhnt", Map.of("implementationReport", "Đã bổ sung bước kiểm tra"));
        checkEffectiveness(code, true);

        assertThat(status(code)).isEqualTo("CLOSED");
        assertThat(jdbc.queryForObject("select status from motcua_corrective_action where nonconformity_code = ?", String.class, code))
                .isEqualTo("CLOSED");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).isZero();
        assertThat(json.readTree(desk.api().get("phuongnt", Desk.PASSWORD, "/api/quality/corrective-actions").getBody())
                .findValuesAsText("nonconformityCode")).doesNotContain(code);
        // both records print: the nonconformity report and the corrective action record of its two rounds
        assertThat(desk.pdfText("phuongnt", "/api/quality/nonconformities/" + code + "/report.pdf")).contains(
                "PHIẾU KIỂM SOÁT ĐẦU RA KHÔNG PHÙ HỢP", code, dossier, "Bộ phận Một cửa bàn giao hồ sơ chậm 4 ngày làm việc",
                "Cần hành động khắc phục", "Đã đóng");
        assertThat(desk.pdfText("phuongnt", "/api/quality/corrective-actions/" + code + "/record.pdf")).contains(
                "PHIẾU HÀNH ĐỘNG KHẮC PHỤC", "Không có bước kiểm tra cuối buổi", "Đã bổ sung bước kiểm tra", "30/09/2026",
                "Lần thực hiện: 2", "Không còn hồ sơ bàn giao chậm trong 2 tháng");
        // the late dossier opened exactly one nonconformity
        assertThat(jdbc.queryForObject("select count(*) from motcua_nonconformity where dossier_code = ?", Integer.class, dossier))
                .isEqualTo(1);
    }

    /** The effectiveness check waits the configured working days after the implementation, then is answered. */
    private void checkEffectiveness(String code, boolean effective) {
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code)
                .processDefinitionKey("CorrectiveActionProcess").singleResult().getId();
        Job wait = managementService.createJobQuery().processInstanceId(instance).activityId("Event_EffectivenessCheckDue")
                .singleResult();
        assertThat(wait).as("the effectiveness check's timer").isNotNull();
        assertThat(wait.getDuedate()).isAfter(ClockUtil.getCurrentTime());
        assertThat(desk.hasOpenTask(code)).isFalse();
        managementService.executeJob(wait.getId());
        desk.completeOk(task(code, "Task_VerifyEffectiveness"), Map.of("effective", effective,
                "effectivenessNote", effective ? "Không còn hồ sơ bàn giao chậm trong 2 tháng" : "Vẫn còn 2 hồ sơ bàn giao chậm"));
    }

    @Test
    void aNonconformityRecordedByHandIsFollowedUpByTheUnitNamed() throws Exception {
        Map<String, Object> body = Map.of("description", "Giấy phép bán buôn rượu ghi sai địa chỉ trụ sở",
                "responsibleUnit", "sct-quan-ly-thuong-mai", "agencyCode", "000.00.12.H42");
        assertThat(desk.api().send(Desk.CLERK, Desk.PASSWORD, HttpMethod.POST, "/api/quality/nonconformities", body)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> unknownUnit = desk.api().send(QUALITY, Desk.PASSWORD, HttpMethod.POST, "/api/quality/nonconformities",
                Map.of("description", "Sai sót", "responsibleUnit", "phong-khong-co"));
        assertThat(unknownUnit.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknownUnit.getBody()).contains("responsibleUnit").doesNotContain("description");
        assertThat(desk.api().send(QUALITY, Desk.PASSWORD, HttpMethod.POST, "/api/quality/nonconformities", Map.of())
                .getBody()).contains("responsibleUnit", "description");

        ResponseEntity<String> opened = desk.api().send(QUALITY, Desk.PASSWORD, HttpMethod.POST, "/api/quality/nonconformities", body);
        assertThat(opened.getStatusCode()).as(opened.getBody()).isEqualTo(HttpStatus.CREATED);
        String code = json.readTree(opened.getBody()).get("code").asText();

        Task record = task(code, "Task_RecordNonconformity");
        assertThat(desk.workerOf(record)).isEqualTo("minhtv");
        desk.completeOk(record, Map.of("details", "Giấy phép số 12/GP-SCT"));
        desk.completeOk(task(code, "Task_CorrectOutput"), Map.of("correction", "Thu hồi, cấp lại giấy phép đúng địa chỉ"));
        desk.completeOk(task(code, "Task_DecideCorrectiveAction"),
                Map.of("correctiveActionNeeded", false, "decisionNote", "Sai sót đơn lẻ, đã xử lý"));
        assertThat(status(code)).isEqualTo("CLOSED");
        assertThat(jdbc.queryForObject("select count(*) from motcua_corrective_action where nonconformity_code = ?", Integer.class, code))
                .isZero();
        assertThat(desk.pdfText("chaudm", "/api/quality/nonconformities/" + code + "/report.pdf"))
                .contains("Giấy phép bán buôn rượu ghi sai địa chỉ trụ sở", "Không cần hành động khắc phục");
        assertThat(desk.api().get("chaudm", Desk.PASSWORD, "/api/quality/corrective-actions/" + code + "/record.pdf").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(desk.api().get(Desk.CLERK, Desk.PASSWORD, "/api/quality/nonconformities/" + code + "/report.pdf").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }
}
