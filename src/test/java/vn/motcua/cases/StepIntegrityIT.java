package vn.motcua.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.motcua.measurement.StepOutcome;
import vn.motcua.measurement.StepRecord;
import vn.motcua.measurement.StepRecords;

/**
 * The internal procedure runs step by step as its model says (README: 'A dossier, end to end'): an officer who
 * may work a step cannot, through Camunda's REST API, end it in a way the model does not offer and so skip the
 * steps after it (the head's review, the leader's signature), nor write with it what another step decides or
 * says (an outcome, a send-back and its reason, an opinion) on the dossier or its process-control sheet.
 */
class StepIntegrityIT extends DeskIT {

    private static final String LIQUOR = "MAU-SCT-RUOU-BB";
    private static final List<String> PAPERS = List.of("DON-DE-NGHI", "GCN-DKDN", "DIA-DIEM", "NHA-CUNG-CAP");
    private static final String SPECIALIST = "minhtv";
    private static final String HEAD = "hoalt";
    private static final String LEADER = "namhv";

    @Autowired
    StepRecords stepRecords;

    private String atAppraisal() throws Exception {
        String code = desk.submitOk(Desk.dossier(LIQUOR, PAPERS, "COMPLETE")).get("code").asText();
        desk.completeOk(desk.openTask(code), Map.of("receiptHandedToApplicant", true));
        assertThat(desk.openTask(code).getTaskDefinitionKey()).isEqualTo("Task_AppraiseDossier");
        return code;
    }

    @Test
    void aBpmnErrorNoEventCatchesDoesNotEndTheStepAndSkipTheReviewAndSignature() throws Exception {
        // given a dossier at the specialist's appraisal
        String code = atAppraisal();
        Task appraisal = desk.openTask(code);
        List<StepRecord> before = stepRecords.ofDossier(code);

        // when the specialist throws a BPMN error (or an escalation) from the task, which no event of the model catches
        ResponseEntity<String> error = desk.api().send(SPECIALIST, Desk.PASSWORD, HttpMethod.POST,
                "/engine-rest/task/" + appraisal.getId() + "/bpmnError", Map.of("errorCode", "SKIP"));
        ResponseEntity<String> escalation = desk.api().send(SPECIALIST, Desk.PASSWORD, HttpMethod.POST,
                "/engine-rest/task/" + appraisal.getId() + "/bpmnEscalation", Map.of("escalationCode", "SKIP"));

        // then both are refused as bad requests, and the appraisal is still the dossier's open step: the dossier
        // did not jump to the desk's return with no review and no signature
        assertThat(error.getStatusCode()).as(error.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(error.getBody()).contains("SKIP", "không có sự kiện nào của quy trình bắt");
        assertThat(escalation.getStatusCode()).as(escalation.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(desk.openTask(code).getId()).isEqualTo(appraisal.getId());
        assertThat(stepRecords.ofDossier(code)).isEqualTo(before);
        assertThat(desk.read(code).get("status").asText()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void anOpinionLongerThanTheEngineKeepsIsRefusedAndTheStepStaysOpen() throws Exception {
        // given a dossier at the specialist's appraisal
        String code = atAppraisal();
        Task appraisal = desk.openTask(code);

        // when the specialist completes it with an opinion longer than the engine's text column
        ResponseEntity<String> refused = desk.complete(appraisal, SPECIALIST, Map.of("appraisalOutcome", "APPROVE",
                "appraisalNote", "ý".repeat(4001)));

        // then a bad request naming the field and the limit (it was a 500 from the persistence layer), nothing changed
        assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("appraisalNote", "4000");
        assertThat(desk.openTask(code).getId()).isEqualTo(appraisal.getId());

        // and an opinion of the full length is taken
        completeOk(appraisal, SPECIALIST, Map.of("appraisalOutcome", "APPROVE", "appraisalNote", "ý".repeat(4000)));
        assertThat(desk.openTask(code).getTaskDefinitionKey()).isEqualTo("Task_ReviewDraft");
    }

    private void completeOk(Task task, String user, Map<String, Object> variables) {
        ResponseEntity<String> response = desk.complete(task, user, variables);
        assertThat(response.getStatusCode()).as("completing %s: %s", task.getTaskDefinitionKey(), response.getBody())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    private Task open(String code, String taskKey) {
        Task task = desk.openTask(code);
        assertThat(task.getTaskDefinitionKey()).isEqualTo(taskKey);
        return task;
    }

    @Test
    void theDeskCannotRecordItsHandoverAsTheLeadersSendBack() throws Exception {
        // given a dossier received at the desk, its handover open
        String code = desk.submitOk(Desk.dossier(LIQUOR, PAPERS, "COMPLETE")).get("code").asText();
        Task handover = open(code, "Task_HandOverDossier");

        // when the clerk completes it (or submits its form) with a leader's send-back, its reason and opinion
        Map<String, Object> forged = Map.of("receiptHandedToApplicant", true, "signDecision", "SEND_BACK",
                "sendBackReason", "Lãnh đạo Sở trả lại: hồ sơ giả mạo", "signNote", "Không đồng ý");
        ResponseEntity<String> completed = desk.complete(handover, Desk.CLERK, forged);
        ResponseEntity<String> submitted = desk.api().send(Desk.CLERK, Desk.PASSWORD, HttpMethod.POST,
                "/engine-rest/task/" + handover.getId() + "/submit-form",
                Map.of("variables", Map.of("signDecision", Map.of("value", "SEND_BACK"),
                        "sendBackReason", Map.of("value", "Trả lại"))));

        // then both are refused, naming what the handover's form does not ask, and the handover is still open
        assertThat(completed.getStatusCode()).as(completed.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(completed.getBody()).contains("signDecision", "sendBackReason", "signNote");
        assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(desk.openTask(code).getId()).isEqualTo(handover.getId());

        // and with its own answers the handover is done, recorded as done with no note
        completeOk(handover, Desk.CLERK, Map.of("receiptHandedToApplicant", true));
        assertThat(stepRecords.ofDossier(code)).filteredOn(step -> "Task_HandOverDossier".equals(step.activityId()))
                .singleElement().satisfies(step -> {
                    assertThat(step.outcome()).isEqualTo(StepOutcome.DONE);
                    assertThat(step.note()).isNull();
                });
    }

    @Test
    void theHeadCannotTurnTheApprovedAppraisalIntoASupplementRequestPastTheSignature() throws Exception {
        // given a dossier the specialist approved, at the head's review
        String code = atAppraisal();
        completeOk(open(code, "Task_AppraiseDossier"), SPECIALIST,
                Map.of("appraisalOutcome", "APPROVE", "appraisalNote", "Đủ điều kiện"));
        Task review = open(code, "Task_ReviewDraft");

        // when the head approves the draft but rewrites the appraisal's outcome and the papers it asks for
        ResponseEntity<String> response = desk.complete(review, HEAD, Map.of("reviewDecision", "APPROVE",
                "appraisalOutcome", "SUPPLEMENT", "missingPapers", "Giấy tờ không có trong hồ sơ"));

        // then it is refused and the review is still open
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("appraisalOutcome", "missingPapers");
        assertThat(desk.openTask(code).getId()).isEqualTo(review.getId());

        // and once the head and the leader approve, the signed result goes to the desk's return, not to a
        // supplement request nobody made at the appraisal
        completeOk(review, HEAD, Map.of("reviewDecision", "APPROVE", "reviewNote", "Đồng ý trình ký"));
        completeOk(open(code, "Task_SignResult"), LEADER, Map.of("signDecision", "APPROVE", "signNote", "Ký"));
        assertThat(desk.openTask(code).getTaskDefinitionKey()).isEqualTo("Task_ReturnResult");
        assertThat(stepRecords.ofDossier(code)).extracting(StepRecord::outcome)
                .doesNotContain(StepOutcome.SUPPLEMENT_REQUESTED);
    }

    @Test
    void theDeskCannotCloseTheSignedResultAsRefused() throws Exception {
        // given a dossier approved, reviewed and signed, at the desk's return
        String code = atAppraisal();
        completeOk(open(code, "Task_AppraiseDossier"), SPECIALIST, Map.of("appraisalOutcome", "APPROVE"));
        completeOk(open(code, "Task_ReviewDraft"), HEAD, Map.of("reviewDecision", "APPROVE"));
        completeOk(open(code, "Task_SignResult"), LEADER, Map.of("signDecision", "APPROVE"));
        Task handBack = open(code, "Task_ReturnResult");

        // when the clerk hands it back and rewrites the appraisal's outcome as a refusal
        ResponseEntity<String> response = desk.complete(handBack, Desk.CLERK, Map.of("returnMethod", "AT_DESK",
                "resultHandedOver", true, "appraisalOutcome", "REFUSE", "refusalReason", "Không đủ điều kiện"));

        // then it is refused; handed back with the form's own answers, the dossier closes resolved
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("appraisalOutcome", "refusalReason");
        completeOk(handBack, Desk.CLERK, Map.of("returnMethod", "AT_DESK", "resultHandedOver", true));
        assertThat(desk.read(code).get("outcome").asText()).isEqualTo("RESOLVED");
    }

    @Test
    void aColleagueCannotTakeAClaimedStepAwayByResolvingIt() throws Exception {
        // given the appraisal claimed by one specialist of the department
        String code = atAppraisal();
        Task appraisal = desk.openTask(code);
        taskService.claim(appraisal.getId(), SPECIALIST);

        // when a colleague of the same department, who may not unclaim it, "resolves" the never-delegated task
        String colleague = "vanpt";
        ResponseEntity<String> unclaim = desk.api().send(colleague, Desk.PASSWORD, HttpMethod.POST,
                "/engine-rest/task/" + appraisal.getId() + "/unclaim", Map.of());
        ResponseEntity<String> resolve = desk.api().send(colleague, Desk.PASSWORD, HttpMethod.POST,
                "/engine-rest/task/" + appraisal.getId() + "/resolve", Map.of());

        // then both are refused and the task is still the first specialist's
        assertThat(unclaim.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(resolve.getStatusCode()).as(resolve.getBody()).isIn(HttpStatus.FORBIDDEN, HttpStatus.BAD_REQUEST);
        Task after = taskService.createTaskQuery().taskId(appraisal.getId()).singleResult();
        assertThat(after.getAssignee()).isEqualTo(SPECIALIST);
        assertThat(after.getDelegationState()).isNull();

        // while the colleague a task is delegated to resolves it, back to the specialist who delegated it
        taskService.delegateTask(appraisal.getId(), colleague);
        ResponseEntity<String> answered = desk.api().send(colleague, Desk.PASSWORD, HttpMethod.POST,
                "/engine-rest/task/" + appraisal.getId() + "/resolve", Map.of());
        assertThat(answered.getStatusCode()).as(answered.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(taskService.createTaskQuery().taskId(appraisal.getId()).singleResult().getAssignee()).isEqualTo(SPECIALIST);
    }
}
