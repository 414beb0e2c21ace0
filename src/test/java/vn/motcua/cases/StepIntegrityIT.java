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

import vn.motcua.measurement.StepRecord;
import vn.motcua.measurement.StepRecords;

/**
 * The internal procedure runs step by step as its model says (README: 'A dossier, end to end'): an officer who
 * may work a step cannot, through Camunda's REST API, end it in a way the model does not offer and so skip the
 * steps after it (the head's review, the leader's signature).
 */
class StepIntegrityIT extends DeskIT {

    private static final String LIQUOR = "MAU-SCT-RUOU-BB";
    private static final List<String> PAPERS = List.of("DON-DE-NGHI", "GCN-DKDN", "DIA-DIEM", "NHA-CUNG-CAP");
    private static final String SPECIALIST = "minhtv";

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
}
