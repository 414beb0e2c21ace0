package vn.motcua.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.calendar.ShippedCalendarMoments.vn;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Management review (ISO 9001:2015, 9.3) through the engine: started on demand for July 2026, its inputs
 * PDF shows the report API's figures for July per department and per procedure, and the citizen
 * feedback given; the meeting's decisions become actions with owners and deadlines, one is sent back
 * with a new deadline and done on the second round, and the review closes when both are done.
 */
class ManagementReviewIT extends DeskIT {

    private static final String QUALITY = "trangdt";
    private static final String LEADER = "namhv";

    @Autowired
    ManagementService managementService;

    private void at(int year, int month, int day, int hour) {
        ClockUtil.setCurrentTime(Date.from(vn(year, month, day, hour, 0).toInstant()));
    }

    private Task task(String businessKey, String key) {
        Task task = desk.openTask(businessKey);
        assertThat(task.getTaskDefinitionKey()).isEqualTo(key);
        return task;
    }

    /** Completes a task with typed variables, as Tasklist's generated forms send dates. */
    private ResponseEntity<String> complete(Task task, String user, Map<String, Object> variables) {
        Map<String, Object> typed = new HashMap<>();
        variables.forEach((name, value) -> typed.put(name, value instanceof String text && text.matches("\\d{4}-\\d{2}-\\d{2}T.*")
                ? Map.of("value", text, "type", "Date") : Map.of("value", value)));
        return desk.api().send(user, Desk.PASSWORD, HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/complete",
                Map.of("variables", typed));
    }

    @Autowired
    org.camunda.bpm.engine.FormService formService;

    @Test
    void theMeetingsFormsLinkTheInputsPdf() throws Exception {
        // the forms the secretary and the leader open show the inputs as a link, not as text to copy
        for (String form : List.of("PrepareManagementReviewMeetingForm", "HoldManagementReviewMeetingForm")) {
            JsonNode schema = json.readTree(java.nio.file.Path.of("processes", "iso", form + ".form").toFile());
            assertThat(schema.get("components").get(0).get("text").asText()).as(form)
                    .contains("[Báo cáo đầu vào (PDF)]({{inputsDocument}})");
        }
    }

    private String groupName(String id) {
        return identityService.createGroupQuery().groupId(id).singleResult().getName();
    }

    @Test
    void theInputsShowTheReportsFiguresAndTheDecisionsAreFollowedUpUntilDone() throws Exception {
        // July 2026: one dossier resolved early, one late, and the citizen's opinion of the late one
        at(2026, 7, 1, 9);
        String early = desk.submitOk(Desk.dossier("MAU-XA-HKD", List.of("GIAY-DE-NGHI", "GIAY-TO-PHAP-LY"), "COMPLETE")).get("code").asText();
        JsonNode lateDossier = desk.submitOk(Desk.dossier("MAU-XA-HKD", List.of("GIAY-DE-NGHI", "GIAY-TO-PHAP-LY"), "COMPLETE"));
        String late = lateDossier.get("code").asText();
        String token = lateDossier.get("lookupToken").asText();
        at(2026, 7, 2, 9);
        desk.walkToTheEnd(early);
        at(2026, 7, 9, 9);
        desk.walkToTheEnd(late);
        assertThat(desk.api().send(null, null, HttpMethod.POST, "/api/public/dossiers/" + late + "/feedback",
                Map.of("token", token, "rating", "SO-SO")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(desk.api().send(null, null, HttpMethod.POST, "/api/public/dossiers/KHONG-CO/feedback",
                Map.of("token", token, "rating", "SATISFIED")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(desk.api().send(null, null, HttpMethod.POST, "/api/public/dossiers/" + late + "/feedback",
                Map.of("token", token, "rating", "DISSATISFIED", "comment", "Trả kết quả chậm ba ngày")).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(desk.api().send(null, null, HttpMethod.POST, "/api/public/dossiers/" + late + "/feedback",
                Map.of("token", token, "rating", "SATISFIED")).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        // Monday 3/8/2026: the quality team calls a review of July; bad requests change nothing
        at(2026, 8, 3, 9);
        assertThat(managementService.createJobQuery().processDefinitionKey("ManagementReviewProcess").timers().count())
                .as("the yearly review's timer").isEqualTo(1);
        String start = "/api/quality/management-reviews?from=2026-07-01&to=2026-07-31";
        assertThat(desk.api().send(Desk.CLERK, Desk.PASSWORD, HttpMethod.POST, start, null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        for (String bad : List.of("?from=2026-07-01&to=2026-08-03", "?from=2026-07-31&to=2026-07-01", "?from=1-7-2026&to=2026-07-31")) {
            ResponseEntity<String> refused = desk.api().send(QUALITY, Desk.PASSWORD, HttpMethod.POST,
                    "/api/quality/management-reviews" + bad, null);
            assertThat(refused.getStatusCode()).as(bad).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(json.readTree(desk.api().get(QUALITY, Desk.PASSWORD, "/api/quality/management-reviews").getBody())).isEmpty();
        // an administrator names no agency: the installation's review, of every agency's figures (README: 'Agencies and
        // who sees them'), which the quality team and the leaders of any agency work
        ResponseEntity<String> started = desk.api().send("testadmin", "admin-secret", HttpMethod.POST, start, null);
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.CREATED);
        String review = json.readTree(started.getBody()).get("code").asText();
        assertThat(review).isEqualTo("XXLD-2026-1");

        // the inputs, compiled at once, show the report API's July figures, row by row
        String inputs = desk.pdfText("chaudm", "/api/quality/management-reviews/" + review + "/inputs.pdf");
        assertThat(inputs).contains("BÁO CÁO ĐẦU VÀO XEM XÉT CỦA LÃNH ĐẠO", "từ 01/07/2026 đến 31/07/2026");
        int rows = 0;
        for (String groupBy : List.of("department", "procedure")) {
            JsonNode report = json.readTree(desk.api().get("vinhnq", Desk.PASSWORD,
                    "/api/reports/on-time?from=2026-07-01&to=2026-07-31&groupBy=" + groupBy).getBody());
            for (JsonNode row : report) {
                String group = row.get("group").asText();
                String name = groupBy.equals("department") ? (group.isEmpty() ? "Chưa xác định" : groupName(group))
                        : group + " " + catalogName(group);
                assertThat(inputs).as("%s %s", groupBy, group).contains(statLine(name, row));
                rows++;
            }
        }
        JsonNode total = json.readTree(desk.api().get("vinhnq", Desk.PASSWORD,
                "/api/reports/on-time?from=2026-07-01&to=2026-07-31").getBody()).get(0);
        assertThat(total.get("resolvedLate").asLong()).isPositive();
        assertThat(inputs).contains(statLine("Toàn cơ quan", total));
        assertThat(rows).isGreaterThan(1);
        assertThat(inputs).contains("Không hài lòng 1", "Trả kết quả chậm ba ngày", "Hồ sơ giải quyết quá hạn");

        // while no meeting is set, the next review is the yearly one, not a timer of the task under way
        assertThat(json.readTree(desk.api().get("chaudm", Desk.PASSWORD, "/api/quality/overview").getBody())
                .get("nextManagementReview").asText()).endsWith("-12-01T08:00:00+07:00");

        // the ISO secretary schedules the meeting; a past day is refused
        Task prepare = task(review, "Task_PrepareMeeting");
        assertThat(taskService.getVariable(prepare.getId(), "inputsDocument")).isEqualTo("/api/quality/management-reviews/" + review + "/inputs.pdf");
        assertThat(complete(prepare, QUALITY, Map.of("meetingDate", "2026-07-31T00:00:00.000+0700", "meetingAttendees", "Ban ISO"))
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        // (the task's Camunda Form links the inputs PDF, and its date field sends the day as text)
        assertThat(formService.getTaskFormData(prepare.getId()).getCamundaFormRef().getKey())
                .isEqualTo("PrepareManagementReviewMeetingForm");
        assertThat(complete(prepare, QUALITY, Map.of("meetingDate", "2026-08-07",
                "meetingAttendees", "Giám đốc Sở (chủ trì), Ban ISO, trưởng các phòng")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(json.readTree(desk.api().get("chaudm", Desk.PASSWORD, "/api/quality/overview").getBody())
                .get("nextManagementReview").asText()).isEqualTo("2026-08-07T00:00:00+07:00");

        // the meeting: a decision line the system cannot follow up is refused with its line number
        Task meeting = task(review, "Task_HoldMeeting");
        assertThat(meeting.getDueDate()).isEqualTo(Date.from(vn(2026, 8, 7, 17, 0).toInstant()));
        assertThat(desk.api().get("chaudm", Desk.PASSWORD, "/api/quality/management-reviews/" + review + "/minutes.pdf")
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        String conclusions = "Hệ thống quản lý chất lượng phù hợp và có hiệu lực; cần giảm hồ sơ trễ hạn ở bộ phận một cửa";
        for (String bad : List.of("hanhvt; 31/08/2026", "khong-co-ai; 31/08/2026; Tập huấn", "hanhvt; 31-08-2026; Tập huấn",
                "hanhvt; 01/08/2026; Tập huấn")) {
            ResponseEntity<String> refused = complete(meeting, LEADER, Map.of("reviewConclusions", conclusions,
                    "reviewDecisions", "vanpt; 30/09/2026; Rà soát quy trình\n" + bad));
            assertThat(refused.getStatusCode()).as(bad).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody()).as(bad).contains("Dòng 2");
        }
        assertThat(complete(meeting, LEADER, Map.of("reviewConclusions", conclusions, "reviewDecisions",
                "hanhvt; 31/08/2026; Tập huấn quy trình bàn giao hồ sơ cho bộ phận một cửa\n\n"
                        + "vanpt; 30/09/2026; Rà soát thời gian các bước của thủ tục hộ kinh doanh")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        String minutes = desk.pdfText("chaudm", "/api/quality/management-reviews/" + review + "/minutes.pdf");
        assertThat(minutes).contains("BIÊN BẢN HỌP XEM XÉT CỦA LÃNH ĐẠO", "07/08/2026", conclusions,
                "Tập huấn quy trình bàn giao hồ sơ cho bộ phận một cửa", "31/08/2026", "30/09/2026");

        // the first action: sent back once with a new deadline, done on the second round
        String first = review + "-01";
        Task implement = task(first, "Task_ImplementDecision");
        assertThat(implement.getAssignee()).isEqualTo("hanhvt");
        assertThat(implement.getDueDate()).isEqualTo(Date.from(vn(2026, 8, 31, 17, 0).toInstant()));
        assertThat(complete(implement, "hanhvt", Map.of("implementationReport", "Đã tập huấn 1 buổi")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        Task verify = task(first, "Task_VerifyDecision");
        assertThat(complete(verify, QUALITY, Map.of("actionDone", false, "verificationNote", "Chưa đủ cán bộ")).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(complete(verify, QUALITY, Map.of("actionDone", false, "verificationNote", "Chưa đủ cán bộ",
                "newDeadline", "2026-09-15T00:00:00.000+0700")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        implement = task(first, "Task_ImplementDecision");
        assertThat(implement.getDueDate()).isEqualTo(Date.from(vn(2026, 9, 15, 17, 0).toInstant()));
        assertThat(taskService.getVariable(implement.getId(), "verificationNote")).isEqualTo("Chưa đủ cán bộ");
        assertThat(complete(implement, "hanhvt", Map.of("implementationReport", "Đã tập huấn đủ 6 cán bộ")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(complete(task(first, "Task_VerifyDecision"), QUALITY, Map.of("actionDone", true, "verificationNote", "Đạt"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode listed = json.readTree(desk.api().get(QUALITY, Desk.PASSWORD, "/api/quality/management-reviews").getBody()).get(0);
        assertThat(listed.get("status").asText()).isEqualTo("FOLLOW_UP");
        List<String> statuses = new ArrayList<>();
        listed.get("actions").forEach(action -> statuses.add(action.get("status").asText() + "/" + action.get("round").asInt()));
        assertThat(statuses).containsExactly("DONE/2", "OPEN/1");
        JsonNode overview = json.readTree(desk.api().get("chaudm", Desk.PASSWORD, "/api/quality/overview").getBody());
        assertThat(overview.get("openReviewActions").asLong()).isEqualTo(1);
        assertThat(overview.get("nextManagementReview").asText()).endsWith("-12-01T08:00:00+07:00");

        // the second action done: the review closes
        String second = review + "-02";
        assertThat(complete(task(second, "Task_ImplementDecision"), "vanpt", Map.of("implementationReport", "Đã rút ngắn bước thẩm định"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(complete(task(second, "Task_VerifyDecision"), QUALITY, Map.of("actionDone", true, "verificationNote", "Đạt"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        listed = json.readTree(desk.api().get(QUALITY, Desk.PASSWORD, "/api/quality/management-reviews").getBody()).get(0);
        assertThat(listed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(review).count()).isZero();
    }

    private String catalogName(String procedureCode) throws Exception {
        for (JsonNode procedure : json.readTree(desk.api().get(Desk.CLERK, Desk.PASSWORD, "/api/procedures").getBody())) {
            if (procedure.get("code").asText().equals(procedureCode)) {
                return procedure.get("name").asText();
            }
        }
        return procedureCode;
    }

    /** A statistics row as the inputs print it, from the report API's JSON. */
    private static String statLine(String name, JsonNode row) {
        long resolved = row.get("resolvedEarly").asLong() + row.get("resolvedOnTime").asLong() + row.get("resolvedLate").asLong();
        String rate = row.get("onTimeRate").isNull() ? "—" : new java.math.BigDecimal(row.get("onTimeRate").asText())
                .multiply(java.math.BigDecimal.valueOf(100)).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString()
                .replace('.', ',') + " %";
        return (name + " " + row.get("receivedCarriedOver").asLong() + " + " + row.get("receivedNew").asLong() + " " + resolved + " "
                + row.get("resolvedEarly").asLong() + " " + row.get("resolvedOnTime").asLong() + " " + row.get("resolvedLate").asLong()
                + " " + rate + " " + row.get("stepsLate").asLong()).replaceAll("\\s+", " ");
    }
}
