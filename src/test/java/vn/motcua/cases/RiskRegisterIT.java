package vn.motcua.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.calendar.ShippedCalendarMoments.vn;

import java.util.Date;
import java.util.HashMap;
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

/**
 * Risks and opportunities (ISO 9001:2015, 6.1) through the engine: a risk registered by a head of
 * department is assessed low and only monitored; at its periodic review it is still there and assessed
 * again, now high, so it gets a plan with an owner and a deadline; after treatment the next review closes
 * it. Bad registrations change nothing.
 */
class RiskRegisterIT extends DeskIT {

    private static final String QUALITY = "trangdt";
    private static final String UNIT = "sct-quan-ly-thuong-mai";

    @Autowired
    ManagementService managementService;

    private Task task(String code, String key) {
        Task task = desk.openTask(code);
        assertThat(task.getTaskDefinitionKey()).isEqualTo(key);
        return task;
    }

    private ResponseEntity<String> complete(Task task, Map<String, Object> variables) {
        Map<String, Object> typed = new HashMap<>();
        variables.forEach((name, value) -> typed.put(name, value instanceof String text && text.matches("\\d{4}-\\d{2}-\\d{2}T.*")
                ? Map.of("value", text, "type", "Date") : Map.of("value", value)));
        String user = task.getAssignee() != null ? task.getAssignee() : desk.workerOf(task);
        return desk.api().send(user, Desk.PASSWORD, HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/complete",
                Map.of("variables", typed));
    }

    private JsonNode entry(String code) throws Exception {
        for (JsonNode risk : json.readTree(desk.api().get("chaudm", Desk.PASSWORD, "/api/quality/risks").getBody())) {
            if (risk.get("code").asText().equals(code)) {
                return risk;
            }
        }
        throw new AssertionError("no register entry " + code);
    }

    /** Runs the entry's periodic-review timer, as the job executor would when it falls due. */
    private void reviewFallsDue(String code) {
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code).singleResult().getId();
        Job timer = managementService.createJobQuery().processInstanceId(instance).activityId("Event_ReviewDue").singleResult();
        assertThat(timer.getDuedate()).isAfter(ClockUtil.getCurrentTime());
        ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 60_000));
        managementService.executeJob(timer.getId());
    }

    @Test
    void aRiskIsMonitoredReassessedTreatedAndClosed() throws Exception {
        Map<String, Object> body = Map.of("kind", "RISK", "title", "Cán bộ một cửa luân chuyển không được đào tạo lại",
                "description", "Ba cán bộ mới trong năm", "responsibleUnit", UNIT);
        assertThat(desk.api().send(Desk.CLERK, Desk.PASSWORD, HttpMethod.POST, "/api/quality/risks", body).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> bad = desk.api().send(QUALITY, Desk.PASSWORD, HttpMethod.POST, "/api/quality/risks",
                Map.of("kind", "DANGER", "title", "", "responsibleUnit", "phong-khong-co"));
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody()).contains("kind", "title", "responsibleUnit");
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("RiskProcess").count();
        ResponseEntity<String> registered = desk.api().send(QUALITY, Desk.PASSWORD, HttpMethod.POST, "/api/quality/risks", body);
        assertThat(registered.getStatusCode()).as(registered.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("RiskProcess").count()).isEqualTo(before + 1);
        String code = json.readTree(registered.getBody()).get("code").asText();
        assertThat(code).matches("RR-2026-\\d{4}");

        // assessed low (2 x 2): accepted and monitored until the yearly review
        Task assess = task(code, "Task_AssessRisk");
        assertThat(taskService.getIdentityLinksForTask(assess.getId())).anyMatch(link -> UNIT.equals(link.getGroupId()));
        assertThat(complete(assess, Map.of("likelihood", 6, "impact", 2)).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(complete(assess, Map.of("likelihood", 2, "impact", 2)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode monitored = entry(code);
        assertThat(monitored.get("level").asInt()).isEqualTo(4);
        assertThat(monitored.get("status").asText()).isEqualTo("MONITORED");
        assertThat(monitored.get("nextReviewAt").asText()).startsWith("2027-03-05");

        // a year on it is still there and now high (4 x 3): a plan, implemented by its owner
        reviewFallsDue(code);
        assertThat(complete(task(code, "Task_ReviewRisk"), Map.of("stillRelevant", true, "reviewNote", "Thêm 2 cán bộ mới"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(complete(task(code, "Task_AssessRisk"), Map.of("likelihood", 4, "impact", 3)).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        Task plan = task(code, "Task_PlanTreatment");
        assertThat(complete(plan, Map.of("actionPlan", "Đào tạo lại", "actionOwner", "ai-do", "actionDeadline",
                "2027-04-30T00:00:00.000+0700")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        // the risk is Sở Công Thương's: an owner of another agency could not see the task
        ResponseEntity<String> foreign = complete(plan, Map.of("actionPlan", "Tập huấn", "actionOwner", "hanhvt",
                "actionDeadline", "2027-05-28T00:00:00.000+0700"));
        assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(foreign.getBody()).contains("không thuộc cơ quan 000.00.12.H42");
        assertThat(complete(plan, Map.of("actionPlan", "Tập huấn quy trình cho cán bộ mới trong tháng đầu", "actionOwner", "minhtv",
                "actionDeadline", "2027-05-28T00:00:00.000+0700")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(entry(code).get("status").asText()).isEqualTo("TREATING");
        Task treat = task(code, "Task_ImplementTreatment");
        assertThat(treat.getAssignee()).isEqualTo("minhtv");
        assertThat(treat.getDueDate()).isEqualTo(Date.from(vn(2027, 5, 28, 17, 0).toInstant()));
        assertThat(complete(treat, Map.of("implementationReport", "Đã tập huấn 5 cán bộ")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        // the next review finds it gone: closed
        reviewFallsDue(code);
        assertThat(complete(task(code, "Task_ReviewRisk"), Map.of("stillRelevant", false, "reviewNote", "Không còn cán bộ chưa đào tạo"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode closed = entry(code);
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("level").asInt()).isEqualTo(12);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).isZero();
    }
}
