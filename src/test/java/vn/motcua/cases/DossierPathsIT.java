package vn.motcua.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.calendar.ShippedCalendarMoments.vn;

import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The other ways a dossier goes: each intake outcome, the supplement, the refusal and the withdrawal. */
class DossierPathsIT extends DeskIT {

    private static final String LIQUOR = "MAU-SCT-RUOU-BB";
    private static final List<String> LIQUOR_PAPERS = List.of("DON-DE-NGHI", "GCN-DKDN", "DIA-DIEM", "NHA-CUNG-CAP");

    @Test
    void anIncompleteDossierGetsASupplementRequestAndIsNotReceived() throws Exception {
        Map<String, Object> body = Desk.dossier(LIQUOR, List.of("DON-DE-NGHI"), "INCOMPLETE");
        body.put("missingPapers", "Bản sao Giấy chứng nhận đăng ký doanh nghiệp");

        JsonNode submitted = desk.submitOk(body);

        String code = submitted.get("code").asText();
        assertThat(submitted.get("status").asText()).isEqualTo("CLOSED");
        assertThat(submitted.get("dueAt").isNull()).isTrue();
        JsonNode dossier = desk.read(code);
        assertThat(dossier.get("outcome").asText()).isEqualTo("NOT_RECEIVED_INCOMPLETE");
        assertThat(dossier.get("missingPapers").asText()).contains("Giấy chứng nhận đăng ký doanh nghiệp");
        assertThat(desk.hasOpenTask(code)).isFalse();
        assertThat(desk.api().get(Desk.CLERK, Desk.PASSWORD, "/api/dossiers/" + code + "/receipt.pdf").getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void anIneligibleDossierIsRefusedAtIntake() throws Exception {
        Map<String, Object> body = Desk.dossier(LIQUOR, LIQUOR_PAPERS, "INELIGIBLE");
        body.put("refusalReason", "Thủ tục không thuộc thẩm quyền của Sở Công Thương");

        JsonNode dossier = desk.read(desk.submitOk(body).get("code").asText());

        assertThat(dossier.get("outcome").asText()).isEqualTo("NOT_RECEIVED_INELIGIBLE");
        assertThat(dossier.get("refusalReason").asText()).contains("thẩm quyền");
    }

    @Test
    void anOnlineDossierWaitsForTheDesksCheckAndCountsFromItsSubmission() throws Exception {
        // given an online submission on Sunday 8/3/2026
        ClockUtil.setCurrentTime(Date.from(vn(2026, 3, 8, 20, 0).toInstant()));
        Map<String, Object> body = Desk.dossier(LIQUOR, LIQUOR_PAPERS, null);
        body.put("channel", "ONLINE");
        JsonNode submitted = desk.submitOk(body);
        String code = submitted.get("code").asText();
        assertThat(submitted.get("status").asText()).isEqualTo("SUBMITTED");
        Task check = desk.openTask(code);
        assertThat(check.getTaskDefinitionKey()).isEqualTo("Task_CheckDossier");

        // when the desk finds it complete on Monday
        ClockUtil.setCurrentTime(Date.from(vn(2026, 3, 9, 8, 0).toInstant()));
        desk.completeOk(check, Map.of("intakeOutcome", "COMPLETE"));

        // then it counts as received on Monday 9/3: ten working days end on Monday 23/3
        JsonNode dossier = desk.read(code);
        assertThat(dossier.get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(dossier.get("dueAt").asText()).isEqualTo("2026-03-23T17:00:00+07:00");
        assertThat(desk.openTask(code).getTaskDefinitionKey()).isEqualTo("Task_HandOverDossier");
    }

    @Test
    void aSupplementAfterAppraisalMakesTheDossierWaitAndResumes() throws Exception {
        String code = desk.submitOk(Desk.dossier(LIQUOR, LIQUOR_PAPERS, "COMPLETE")).get("code").asText();
        desk.completeOk(desk.openTask(code), Map.of());

        // when the appraiser asks for a supplement
        desk.completeOk(desk.openTask(code), Map.of("appraisalOutcome", "SUPPLEMENT",
                "missingPapers", "Hợp đồng với nhà cung cấp còn thiếu chữ ký"));

        // then the dossier waits for the citizen at the desk
        assertThat(desk.read(code).get("status").asText()).isEqualTo("WAITING_SUPPLEMENT");
        Task waiting = desk.openTask(code);
        assertThat(waiting.getTaskDefinitionKey()).isEqualTo("Task_ReceiveSupplement");
        assertThat(desk.workerOf(waiting)).isIn("hungpv", Desk.CLERK);

        // when the papers arrive, the appraisal starts again
        desk.completeOk(waiting, Map.of("supplementComplete", true));
        assertThat(desk.read(code).get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(desk.openTask(code).getTaskDefinitionKey()).isEqualTo("Task_AppraiseDossier");

        desk.walkToTheEnd(code);
        assertThat(desk.read(code).get("outcome").asText()).isEqualTo("RESOLVED");
    }

    @Test
    void aRefusalAfterAppraisalIsSignedAndReturned() throws Exception {
        String code = desk.submitOk(Desk.dossier(LIQUOR, LIQUOR_PAPERS, "COMPLETE")).get("code").asText();
        desk.completeOk(desk.openTask(code), Map.of());
        desk.completeOk(desk.openTask(code), Map.of("appraisalOutcome", "REFUSE",
                "refusalReason", "Địa điểm kinh doanh không đáp ứng điều kiện"));

        List<String> rest = desk.walkToTheEnd(code);

        assertThat(rest).containsExactly("Task_ReviewDraft", "Task_SignResult", "Task_ReturnResult");
        assertThat(desk.read(code).get("outcome").asText()).isEqualTo("REFUSED");
    }

    @Test
    void theCitizenWithdrawsAtAnyStep() throws Exception {
        String code = desk.submitOk(Desk.dossier(LIQUOR, LIQUOR_PAPERS, "COMPLETE")).get("code").asText();
        desk.completeOk(desk.openTask(code), Map.of());
        assertThat(desk.openTask(code).getTaskDefinitionKey()).isEqualTo("Task_AppraiseDossier");

        ResponseEntity<String> withdrawn = desk.api().send(Desk.CLERK, Desk.PASSWORD, HttpMethod.POST,
                "/api/dossiers/" + code + "/withdrawal", Map.of("reason", "Công dân không còn nhu cầu"));

        assertThat(withdrawn.getStatusCode()).as(withdrawn.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode dossier = json.readTree(withdrawn.getBody());
        assertThat(dossier.get("outcome").asText()).isEqualTo("WITHDRAWN");
        assertThat(desk.hasOpenTask(code)).isFalse();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).isZero();
        // a second withdrawal changes nothing
        assertThat(desk.api().send(Desk.CLERK, Desk.PASSWORD, HttpMethod.POST, "/api/dossiers/" + code + "/withdrawal",
                Map.of("reason", "lần nữa")).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void anotherDepartmentCanNeitherSeeNorCompleteTheTask() throws Exception {
        String code = desk.submitOk(Desk.dossier(LIQUOR, LIQUOR_PAPERS, "COMPLETE")).get("code").asText();
        desk.completeOk(desk.openTask(code), Map.of());
        Task appraisal = desk.openTask(code);

        // Phạm Quốc Huy works in another department of the same agency
        String other = "huypq";
        JsonNode visible = json.readTree(desk.api().get(other, Desk.PASSWORD,
                "/engine-rest/task?maxResults=100&processInstanceBusinessKey=" + code).getBody());
        assertThat(visible).isEmpty();
        assertThat(desk.complete(appraisal, other, Map.of("appraisalOutcome", "APPROVE")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(desk.api().get(other, Desk.PASSWORD, "/api/dossiers/" + code).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        // while the appraiser of the right department sees it and the dossier
        assertThat(desk.workerOf(appraisal)).isEqualTo("minhtv");
        assertThat(desk.api().get("minhtv", Desk.PASSWORD, "/api/dossiers/" + code).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void stepsAreDueByTheirAllocationOnTheWorkingDayCalendar() throws Exception {
        String code = desk.submitOk(Desk.dossier(LIQUOR, LIQUOR_PAPERS, "COMPLETE")).get("code").asText();
        ClockUtil.setCurrentTime(Date.from(vn(2026, 3, 5, 10, 0).toInstant()));
        desk.completeOk(desk.openTask(code), Map.of());

        // the appraisal has 5 working days from Thursday 10:00: due Thursday 12/3 10:00
        assertThat(desk.openTask(code).getDueDate()).isEqualTo(Date.from(vn(2026, 3, 12, 10, 0).toInstant()));
    }
}
