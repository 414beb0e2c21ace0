package vn.motcua.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.motcua.calendar.ShippedCalendarMoments.vn;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.motcua.measurement.StepOutcome;
import vn.motcua.measurement.StepRecord;
import vn.motcua.measurement.StepRecords;
import vn.motcua.measurement.Timeliness;

/**
 * A dossier sent back twice through the real engine (README: 'A dossier, end to end'): the head returns the
 * draft to the specialist, the leader returns the result to the head, each with a reason. Each step is
 * counted against its own allocation from the moment it starts: the step that sends back ends then and is
 * judged early, on time or late; the step it goes back to starts again with a new deadline. The engine clock
 * moves through March 2026 (no holiday); office hours 07:30–11:30, 13:00–17:00.
 */
class SendBackIT extends DeskIT {

    private static final String LIQUOR = "MAU-SCT-RUOU-BB";
    private static final List<String> PAPERS = List.of("DON-DE-NGHI", "GCN-DKDN", "DIA-DIEM", "NHA-CUNG-CAP");
    private static final String SPECIALIST = "minhtv";
    private static final String HEAD = "hoalt";
    private static final String LEADER = "namhv";
    private static final String HEADS_REASON = "Dự thảo chưa nêu căn cứ pháp lý về địa điểm kinh doanh";
    private static final String LEADERS_REASON = "Đề nghị kiểm tra lại thời hạn của giấy phép";

    @Autowired
    StepRecords stepRecords;
    private Task open(String code, String taskKey) {
        Task task = desk.openTask(code);
        assertThat(task.getTaskDefinitionKey()).isEqualTo(taskKey);
        return task;
    }

    private void complete(Task task, String user, Map<String, Object> variables) {
        ResponseEntity<String> response = desk.complete(task, user, variables);
        assertThat(response.getStatusCode()).as("completing %s: %s", task.getTaskDefinitionKey(), response.getBody())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void twoSendBacksAreRecordedAndEachStepIsJudgedAgainstItsOwnAllocation() throws Exception {
        // given a liquor licence received Thu 5/3 09:00, handed over at once
        at(vn(2026, 3, 5, 9, 0));
        String code = desk.submitOk(Desk.dossier(LIQUOR, PAPERS, "COMPLETE")).get("code").asText();
        complete(open(code, "Task_HandOverDossier"), Desk.CLERK, Map.of());

        // the appraisal (5 working days from Thu 09:00, due Thu 12/3 09:00) is done on Friday
        at(vn(2026, 3, 6, 10, 0));
        complete(open(code, "Task_AppraiseDossier"), SPECIALIST,
                Map.of("appraisalOutcome", "APPROVE", "appraisalNote", "Hồ sơ hợp lệ, đề nghị cấp phép"));

        // when the head sends the draft back on Tue 10/3 14:00, after its 2 days (due Tue 10/3 10:00)
        Task review = open(code, "Task_ReviewDraft");
        at(vn(2026, 3, 10, 14, 0));
        complete(review, HEAD, Map.of("reviewDecision", "SEND_BACK", "sendBackReason", HEADS_REASON,
                "reviewNote", "Chưa đạt"));

        // then the appraisal starts again, with 5 working days of its own from now: Tue 17/3 14:00
        Task again = open(code, "Task_AppraiseDossier");
        assertThat(again.getDueDate()).isEqualTo(Date.from(vn(2026, 3, 17, 14, 0).toInstant()));
        assertThat(stepJobs(code)).as("the restarted step's own escalation job").singleElement()
                .satisfies(job -> assertThat(job.getJobHandlerConfigurationRaw()).endsWith("|" + again.getId()));
        at(vn(2026, 3, 11, 9, 0));
        complete(again, SPECIALIST, Map.of("appraisalOutcome", "APPROVE", "appraisalNote", "Đã bổ sung căn cứ"));
        at(vn(2026, 3, 11, 10, 0));
        complete(open(code, "Task_ReviewDraft"), HEAD, Map.of("reviewDecision", "APPROVE", "reviewNote", "Đồng ý trình ký"));

        // when the leader sends the result back on its due day (due Fri 13/3 10:00)
        at(vn(2026, 3, 13, 9, 30));
        complete(open(code, "Task_SignResult"), LEADER, Map.of("signDecision", "SEND_BACK", "sendBackReason", LEADERS_REASON));

        // then the head reviews again, and this time the leader signs
        at(vn(2026, 3, 16, 8, 0));
        complete(open(code, "Task_ReviewDraft"), HEAD, Map.of("reviewDecision", "APPROVE", "reviewNote", "Đã kiểm tra lại"));
        at(vn(2026, 3, 16, 9, 0));
        complete(open(code, "Task_SignResult"), LEADER, Map.of("signDecision", "APPROVE", "signNote", "Ký"));
        at(vn(2026, 3, 16, 10, 0));
        complete(open(code, "Task_ReturnResult"), Desk.CLERK, Map.of("returnMethod", "AT_DESK", "resultHandedOver", true));

        // each step: when it started, its own deadline, how it ended, judged against that deadline, its note
        List<StepRecord> steps = stepRecords.ofDossier(code);
        assertThat(steps).extracting(StepRecord::activityId, StepRecord::startedAt, StepRecord::dueAt,
                StepRecord::outcome, StepRecord::timeliness, StepRecord::note).containsExactly(
                tuple("Task_HandOverDossier", at(5, 9, 0), at(5, 17, 0), StepOutcome.DONE, Timeliness.ON_TIME, null),
                tuple("Task_AppraiseDossier", at(5, 9, 0), at(12, 9, 0), StepOutcome.DONE, Timeliness.EARLY,
                        "Hồ sơ hợp lệ, đề nghị cấp phép"),
                tuple("Task_ReviewDraft", at(6, 10, 0), at(10, 10, 0), StepOutcome.SENT_BACK, Timeliness.LATE, HEADS_REASON),
                tuple("Task_AppraiseDossier", at(10, 14, 0), at(17, 14, 0), StepOutcome.DONE, Timeliness.EARLY,
                        "Đã bổ sung căn cứ"),
                tuple("Task_ReviewDraft", at(11, 9, 0), at(13, 9, 0), StepOutcome.DONE, Timeliness.EARLY, "Đồng ý trình ký"),
                tuple("Task_SignResult", at(11, 10, 0), at(13, 10, 0), StepOutcome.SENT_BACK, Timeliness.ON_TIME,
                        LEADERS_REASON),
                tuple("Task_ReviewDraft", at(13, 9, 30), at(17, 9, 30), StepOutcome.DONE, Timeliness.EARLY, "Đã kiểm tra lại"),
                tuple("Task_SignResult", at(16, 8, 0), at(18, 8, 0), StepOutcome.DONE, Timeliness.EARLY, "Ký"),
                tuple("Task_ReturnResult", at(16, 9, 0), at(16, 14, 30), StepOutcome.DONE, Timeliness.ON_TIME, null));
        assertThat(steps).filteredOn(step -> step.outcome() == StepOutcome.SENT_BACK)
                .extracting(StepRecord::completedBy).containsExactly(HEAD, LEADER);

        // the dossier's steps in the API say the same
        JsonNode history = desk.read(code).get("history");
        assertThat(history.findValuesAsText("outcome")).containsSubsequence("SENT_BACK", "SENT_BACK");
        assertThat(history.findValuesAsText("note")).contains(HEADS_REASON, LEADERS_REASON);

        // and the process-control sheet prints each handover by name, the send-backs with their reasons
        String sheet = desk.pdfText(Desk.CLERK, "/api/dossiers/" + code + "/control-sheet.pdf");
        assertThat(sheet).contains(DossierForms.CONTROL_SHEET_TITLE, "Trả lại", HEADS_REASON, LEADERS_REASON,
                "Lê Thị Hoa", "Hoàng Văn Nam", "Trần Văn Minh", "Nguyễn Thị Lan",
                "Sở Công Thương – Lãnh đạo Phòng Quản lý Thương mại", "Sở Công Thương – Ban Giám đốc",
                "Quá hạn", "Đúng hạn", "Trước hạn");
        assertThat(sheet).as("no group or user id is printed")
                .doesNotContain("one-stop-clerk", "sct-lanh-dao", "sct-quan-ly-thuong-mai", "(" + HEAD + ")");
    }

    @Test
    void aSendBackWithoutAReasonIsRefusedAndChangesNothing() throws Exception {
        // given a dossier whose draft is with the head
        String code = desk.submitOk(Desk.dossier(LIQUOR, PAPERS, "COMPLETE")).get("code").asText();
        complete(open(code, "Task_HandOverDossier"), Desk.CLERK, Map.of());
        complete(open(code, "Task_AppraiseDossier"), SPECIALIST, Map.of("appraisalOutcome", "APPROVE"));
        Task review = open(code, "Task_ReviewDraft");
        List<StepRecord> before = stepRecords.ofDossier(code);

        // when the head sends it back with no reason, a blank one, or a decision that is none of the two
        ResponseEntity<String> noReason = desk.complete(review, HEAD, Map.of("reviewDecision", "SEND_BACK"));
        ResponseEntity<String> blank = desk.complete(review, HEAD, Map.of("reviewDecision", "SEND_BACK",
                "sendBackReason", "   "));
        ResponseEntity<String> unknown = desk.complete(review, HEAD, Map.of("reviewDecision", "MAYBE"));

        // then each is refused, saying why in Vietnamese, and nothing changed
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noReason.getBody()).contains("Trả lại hồ sơ phải ghi rõ lý do trả lại", "sendBackReason");
        assertThat(blank.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getBody()).contains("Quyết định không hợp lệ", "reviewDecision");
        assertThat(desk.openTask(code).getId()).as("the same review task is still open").isEqualTo(review.getId());
        assertThat(stepRecords.ofDossier(code)).isEqualTo(before);
        assertThat(runtimeService.getVariable(review.getProcessInstanceId(), "reviewDecision")).isNull();
        assertThat(runtimeService.getVariable(review.getProcessInstanceId(), "sendBackReason")).isNull();

        // and with the reason, the same completion goes through
        complete(review, HEAD, Map.of("reviewDecision", "SEND_BACK", "sendBackReason", HEADS_REASON));
        assertThat(open(code, "Task_AppraiseDossier")).isNotNull();
    }

    /** A moment of March 2026 in Hà Nội, as the step records give it. */
    private static OffsetDateTime at(int day, int hour, int minute) {
        return vn(2026, 3, day, hour, minute).toOffsetDateTime();
    }

    private List<JobEntity> stepJobs(String code) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code).list().stream()
                .flatMap(instance -> managementService.createJobQuery().processInstanceId(instance.getId()).list().stream())
                .map(JobEntity.class::cast).filter(job -> "motcua-step-escalation".equals(job.getJobHandlerType()))
                .toList();
    }
}
