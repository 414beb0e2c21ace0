package vn.motcua.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Internal audit (ISO 9001:2015, 9.2) through the engine: the programme plans two departments; an
 * auditor can never audit their own department, neither when assigned nor when completing a task
 * that reached them; each audit shows the department's figures from the measurements; a nonconformity
 * found opens its follow-up; the report closes the programme.
 */
class InternalAuditIT extends DeskIT {

    private static final String QUALITY = "trangdt";
    private static final String SAFETY = "sct-ky-thuat-an-toan";
    private static final String TRADE = "sct-quan-ly-thuong-mai";

    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcTemplate jdbc;

    private Task task(String businessKey, String key) {
        Task task = desk.openTask(businessKey);
        assertThat(task.getTaskDefinitionKey()).isEqualTo(key);
        return task;
    }

    private ResponseEntity<String> complete(Task task, String user, Map<String, Object> variables) {
        return desk.complete(task, user, variables);
    }

    @Test
    void auditorsNeverAuditTheirOwnDepartment() throws Exception {
        assertThat(managementService.createJobQuery().processDefinitionKey("InternalAuditProcess").timers().count())
                .as("the yearly programme's timer").isEqualTo(1);
        // 08:00 on 15 January in Vietnam, whatever the server's zone (the tests run in UTC)
        java.time.ZonedDateTime yearly = managementService.createJobQuery().processDefinitionKey("InternalAuditProcess").timers()
                .singleResult().getDuedate().toInstant().atZone(vn.motcua.calendar.VietnamTime.ZONE);
        assertThat(java.util.List.of(yearly.getDayOfMonth(), yearly.getMonthValue(), yearly.getHour())).containsExactly(15, 1, 8);
        assertThat(desk.api().send("minhtv", Desk.PASSWORD, HttpMethod.POST, "/api/quality/audit-programmes?year=2026", null)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> started = desk.api().send(QUALITY, Desk.PASSWORD, HttpMethod.POST,
                "/api/quality/audit-programmes?year=2026", null);
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.CREATED);
        String programme = json.readTree(started.getBody()).get("code").asText();
        // the programme of trangdt's agency, Sở Công Thương
        assertThat(programme).isEqualTo("DGNB-2026-000.00.12.H42");
        assertThat(desk.api().send(QUALITY, Desk.PASSWORD, HttpMethod.POST, "/api/quality/audit-programmes?year=2026", null)
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        Task plan = task(programme, "Task_PlanAudits");
        assertThat(String.valueOf(taskService.getVariable(plan.getId(), "auditYear"))).isEqualTo("2026");
        assertThat(complete(plan, QUALITY, Map.of("auditedDepartmentsText", SAFETY + ",phong-khong-co", "auditCriteria", "ISO 9001"))
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(complete(plan, QUALITY, Map.of("auditedDepartmentsText", SAFETY + ", " + TRADE, "auditCriteria", "TCVN ISO 9001:2015"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        // the safety department: its own member ducbv is refused, as is a non-auditor; vanpt is assigned
        String safety = programme + "-" + SAFETY;
        Task assign = task(safety, "Task_AssignAuditor");
        ResponseEntity<String> own = complete(assign, QUALITY, Map.of("auditor", "ducbv"));
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(own.getBody()).contains("không được đánh giá phòng của mình");
        assertThat(complete(assign, QUALITY, Map.of("auditor", "minhtv")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(complete(assign, QUALITY, Map.of("auditor", "vanpt")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        Task audit = task(safety, "Task_AuditDepartment");
        assertThat(audit.getAssignee()).isEqualTo("vanpt");
        Map<String, Object> variables = taskService.getVariables(audit.getId());
        assertThat(variables.get("auditedDepartmentName")).isNotEqualTo(SAFETY);
        assertThat(variables).containsKeys("evidenceOnTimeRate", "evidenceLateSteps", "evidenceOpenNonconformities");
        JsonNode figures = json.readTree(desk.api().get("chaudm", Desk.PASSWORD,
                "/api/reports/on-time?from=2025-03-06&to=2026-03-05&department=" + SAFETY).getBody());
        long lateSteps = figures.isEmpty() ? 0 : figures.get(0).path("stepsLate").asLong();
        assertThat(((Number) variables.get("evidenceLateSteps")).longValue()).isEqualTo(lateSteps);

        // ducbv is an internal auditor and may see the task, but completing it would audit his own department
        Map<String, Object> findings = Map.of("findings", "Hồ sơ lưu chưa đủ biên bản thẩm định thực tế",
                "nonconformityFound", true, "nonconformityDescription", "Thiếu biên bản thẩm định thực tế trong 3/10 hồ sơ");
        assertThat(complete(audit, "ducbv", findings).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(complete(audit, "vanpt", findings).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        String nc = jdbc.queryForObject("select nonconformity_code from motcua_internal_audit where programme_code = ? and department = ?",
                String.class, programme, SAFETY);
        assertThat(jdbc.queryForObject("select source || '|' || responsible_unit from motcua_nonconformity where code = ?",
                String.class, nc)).isEqualTo("INTERNAL_AUDIT|" + SAFETY);

        // the trade department, audited by ducbv, without nonconformity
        String trade = programme + "-" + TRADE;
        assertThat(complete(task(trade, "Task_AssignAuditor"), QUALITY, Map.of("auditor", "vanpt")).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(complete(task(trade, "Task_AssignAuditor"), QUALITY, Map.of("auditor", "ducbv")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(complete(task(trade, "Task_AuditDepartment"), "ducbv", Map.of("findings", "Phù hợp", "nonconformityFound", false))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        Task report = task(programme, "Task_AuditReport");
        assertThat(String.valueOf(taskService.getVariable(report.getId(), "auditSummary"))).contains(SAFETY, TRADE, nc);
        assertThat(complete(report, QUALITY, Map.of("auditReportConclusion", "Hệ thống phù hợp, một điểm không phù hợp"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode programmes = json.readTree(desk.api().get("chaudm", Desk.PASSWORD, "/api/quality/audit-programmes").getBody());
        assertThat(programmes.get(0).get("status").asText()).isEqualTo("REPORTED");
        assertThat(programmes.get(0).get("audits").findValuesAsText("auditor")).containsExactly("vanpt", "ducbv");

        assertThat(desk.pdfText("chaudm", "/api/quality/audit-programmes/" + programme + "/report.pdf")).contains(
                "BÁO CÁO ĐÁNH GIÁ NỘI BỘ NĂM 2026", "TCVN ISO 9001:2015", "Hồ sơ lưu chưa đủ biên bản thẩm định thực tế", nc,
                "Hệ thống phù hợp, một điểm không phù hợp");
        assertThat(desk.api().get("chaudm", Desk.PASSWORD, "/api/quality/audit-programmes/DGNB-1999/report.pdf").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        // the QMS overview shows the programme done and the nonconformity it opened
        JsonNode overview = json.readTree(desk.api().get("chaudm", Desk.PASSWORD, "/api/quality/overview").getBody());
        assertThat(overview.get("year").asInt()).isEqualTo(2026);
        assertThat(overview.get("auditProgramme").get("code").asText()).isEqualTo(programme);
        assertThat(overview.get("departmentsAudited").asLong()).isEqualTo(2);
        assertThat(overview.get("departmentsPlanned").asLong()).isEqualTo(2);
        assertThat(overview.get("openNonconformities").asLong()).isPositive();
        assertThat(desk.api().get(Desk.CLERK, Desk.PASSWORD, "/api/quality/overview").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }
}
