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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.motcua.deadlines.Notification;
import vn.motcua.deadlines.NotificationKind;
import vn.motcua.deadlines.Notifications;

/**
 * The engine clock moves across Tết 2026 and the make-up Saturday of 10/1/2026: due moments, warnings
 * and escalations come out right, each fires once, and a supplement restarts the clock. The job
 * executor is off in tests; {@link #fireDueTimers} does what it does, as often as asked.
 */
class DeadlinesIT extends DeskIT {

    private static final String LIQUOR = "MAU-SCT-RUOU-BB";
    private static final List<String> PAPERS = List.of("DON-DE-NGHI", "GCN-DKDN", "DIA-DIEM", "NHA-CUNG-CAP");
    private static final String UNIT = "sct-quan-ly-thuong-mai";
    private static final String HEAD = "sct-quan-ly-thuong-mai-lanh-dao";

    @Autowired
    Notifications notifications;

    private List<Notification> sent(String code, NotificationKind kind) {
        return notifications.ofDossier(code).stream().filter(n -> n.kind() == kind).toList();
    }

    @Test
    void acrossTet2026WarningsAndEscalationsFireOnceEach() throws Exception {
        // given a dossier received Thu 12/2/2026 10:00: ten working days end on Thu 5/3 17:00, after Tết
        at(vn(2026, 2, 12, 10, 0));
        JsonNode submitted = desk.submitOk(Desk.dossier(LIQUOR, PAPERS, "COMPLETE"));
        String code = submitted.get("code").asText();
        assertThat(submitted.get("dueAt").asText()).isEqualTo("2026-03-05T17:00:00+07:00");
        Task handover = desk.openTask(code);
        assertThat(handover.getDueDate()).isEqualTo(Date.from(vn(2026, 2, 12, 17, 0).toInstant()));
        desk.completeOk(handover, Map.of());

        // the appraisal has 5 working days from Thu 12/2 10:00: Tết skipped, due Thu 26/2 10:00
        Task appraisal = desk.openTask(code);
        assertThat(appraisal.getDueDate()).isEqualTo(Date.from(vn(2026, 2, 26, 10, 0).toInstant()));
        assertThat(fireDueTimers(code)).isZero();

        // when the clock reaches one working day before it
        at(vn(2026, 2, 25, 10, 1));
        fireDueTimers(code);

        // then the unit and its head are warned, and the supplement limit (Tue 24/2 17:00) was recalled too
        assertThat(sent(code, NotificationKind.STEP_DUE_SOON)).extracting(Notification::recipient)
                .containsExactlyInAnyOrder(UNIT, HEAD);
        assertThat(sent(code, NotificationKind.SUPPLEMENT_LIMIT_SOON)).extracting(Notification::recipient)
                .containsExactlyInAnyOrder(UNIT, HEAD);
        assertThat(fireDueTimers(code)).isZero();

        // when the step falls due, it is escalated once
        at(vn(2026, 2, 26, 10, 1));
        fireDueTimers(code);
        fireDueTimers(code);
        assertThat(sent(code, NotificationKind.STEP_OVERDUE)).hasSize(2);

        // one working day before the promised return moment: warning, and the apology task for the unit
        at(vn(2026, 3, 4, 17, 1));
        fireDueTimers(code);
        assertThat(sent(code, NotificationKind.DOSSIER_DUE_SOON)).extracting(Notification::recipient)
                .containsExactlyInAnyOrder(UNIT, HEAD);
        Task apology = taskService.createTaskQuery().processInstanceBusinessKey(code)
                .taskDefinitionKey(DossierApologies.TASK).singleResult();
        assertThat(apology).isNotNull();
        assertThat(desk.workerOf(apology)).isEqualTo("minhtv");
        // completing it in Tasklist without a reason is refused with the reason why, not a server error
        ResponseEntity<String> noReason = desk.complete(apology, "minhtv", Map.of("newReturnDate", "2026-03-12"));
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noReason.getBody()).contains("apologyReason");

        // a new date in the past, or not after the due moment, is refused and changes nothing
        assertThat(apologise(code, "2026-03-04T08:00").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(apologise(code, "2026-03-05T16:00").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        // the unit asks for the new date once (form 04 of Circular 03/2025: a request to extend, 202 until approved)
        ResponseEntity<String> issued = apologise(code, "2026-03-12T17:00");
        assertThat(issued.getStatusCode()).as(issued.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(apologise(code, "2026-03-13T17:00").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(desk.read(code).get("dueAt").asText()).isEqualTo("2026-03-05T17:00:00+07:00");
        // and the agency's leader approves it
        desk.approveExtension(code);
        assertThat(apologise(code, "2026-03-13T17:00").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(desk.api().get(Desk.CLERK, Desk.PASSWORD, "/api/dossiers/" + code + "/apology.pdf").getStatusCode())
                .isEqualTo(HttpStatus.OK);

        // after the due moment: escalated once, still due on the statutory date
        at(vn(2026, 3, 5, 17, 1));
        fireDueTimers(code);
        fireDueTimers(code);
        assertThat(sent(code, NotificationKind.DOSSIER_OVERDUE)).hasSize(2);
        // measured against the statutory moment, while the citizen is promised the new one
        assertThat(desk.read(code).get("originalDueAt").asText()).isEqualTo("2026-03-05T17:00:00+07:00");
        assertThat(desk.read(code).get("dueAt").asText()).isEqualTo("2026-03-12T17:00:00+07:00");
    }

    private ResponseEntity<String> apologise(String code, String newReturnAt) {
        return desk.api().send("minhtv", Desk.PASSWORD, HttpMethod.POST, "/api/dossiers/" + code + "/apology",
                Map.of("reason", "Cần xác minh thêm với cơ quan thuế", "newReturnAt", newReturnAt));
    }

    @Test
    void theMakeUpSaturdayOf10January2026IsAWorkingDayForDeadlinesAndTimers() throws Exception {
        // received Fri 9/1/2026 16:00, after the cut-off: handed over on the make-up Saturday 10/1
        at(vn(2026, 1, 9, 16, 0));
        JsonNode submitted = desk.submitOk(Desk.dossier(LIQUOR, PAPERS, "COMPLETE"));
        String code = submitted.get("code").asText();
        assertThat(submitted.get("dueAt").asText()).isEqualTo("2026-01-23T17:00:00+07:00");
        assertThat(desk.openTask(code).getDueDate()).isEqualTo(Date.from(vn(2026, 1, 10, 11, 30).toInstant()));

        // the handover's escalation fires on Saturday, not on Monday
        at(vn(2026, 1, 10, 11, 31));
        fireDueTimers(code);
        assertThat(sent(code, NotificationKind.STEP_OVERDUE)).extracting(Notification::recipient)
                .containsExactlyInAnyOrder("mot-cua-tinh", "one-stop-desk-head");
    }

    @Test
    void aSupplementRestartsTheClockWithANewReceipt() throws Exception {
        at(vn(2026, 3, 5, 9, 0));
        String code = desk.submitOk(Desk.dossier(LIQUOR, PAPERS, "COMPLETE")).get("code").asText();
        desk.completeOk(desk.openTask(code), Map.of());
        at(vn(2026, 3, 6, 10, 0));
        desk.completeOk(desk.openTask(code), Map.of("appraisalOutcome", "SUPPLEMENT",
                "missingPapers", "Bản sao hợp đồng với nhà cung cấp có chứng thực"));
        assertThat(desk.read(code).get("status").asText()).isEqualTo("WAITING_SUPPLEMENT");
        assertThat(desk.api().get(Desk.CLERK, Desk.PASSWORD, "/api/dossiers/" + code + "/supplement-request.pdf")
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        // when the papers arrive on Wed 11/3 14:00
        at(vn(2026, 3, 11, 14, 0));
        ResponseEntity<String> received = desk.api().send(Desk.CLERK, Desk.PASSWORD, HttpMethod.POST,
                "/api/dossiers/" + code + "/supplement", null);

        // then ten working days run again from zero: due Wed 25/3 17:00, and the appraisal starts again
        assertThat(received.getStatusCode()).as(received.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode dossier = json.readTree(received.getBody());
        assertThat(dossier.get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(dossier.get("dueAt").asText()).isEqualTo("2026-03-25T17:00:00+07:00");
        assertThat(desk.openTask(code).getTaskDefinitionKey()).isEqualTo("Task_AppraiseDossier");
        assertThat(desk.receiptText(code)).contains("14 giờ 00 phút, ngày 11/03/2026", "17 giờ 00 phút, ngày 25/03/2026");
        // a second supplement for a dossier no longer waiting changes nothing
        assertThat(desk.api().send(Desk.CLERK, Desk.PASSWORD, HttpMethod.POST, "/api/dossiers/" + code + "/supplement",
                null).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(desk.api().send(Desk.CLERK, Desk.PASSWORD, HttpMethod.POST, "/api/dossiers/KHONG-CO/supplement",
                null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aCitizenWhoNeverBringsTheSupplementHasTheDossierClosedAsAbandoned() throws Exception {
        at(vn(2026, 3, 5, 9, 0));
        String code = desk.submitOk(Desk.dossier(LIQUOR, PAPERS, "COMPLETE")).get("code").asText();
        desk.completeOk(desk.openTask(code), Map.of());
        desk.completeOk(desk.openTask(code), Map.of("appraisalOutcome", "SUPPLEMENT", "missingPapers", "Đơn đề nghị"));

        // thirty working days later (Hùng Kings' day in lieu and 30/4–1/5 skipped)
        at(vn(2026, 4, 22, 10, 0));
        fireDueTimers(code);

        JsonNode dossier = desk.read(code);
        assertThat(dossier.get("outcome").asText()).isEqualTo("ABANDONED");
        assertThat(desk.hasOpenTask(code)).isFalse();
    }

    @Test
    void aLateAgencyOfAnInterAgencyProcedureIsReportedToTheHeadOfTheDesk() throws Exception {
        at(vn(2026, 3, 5, 9, 0));
        String code = desk.submitChildUnderSixAndHandOver();

        // the commune's share is 2 working days from Thu 5/3 09:00: due Mon 9/3 09:00
        at(vn(2026, 3, 9, 9, 1));
        fireDueTimers(code);

        assertThat(sent(code, NotificationKind.AGENCY_OVERDUE)).extracting(Notification::recipient)
                .contains("one-stop-desk-head");
        assertThat(desk.read(code).get("currentSteps").findValuesAsText("kind")).contains("AGENCY");
    }

    @Test
    void aResultReadyEarlyIsAnnouncedToTheCitizen() throws Exception {
        at(vn(2026, 3, 5, 9, 0));
        String code = desk.submitOk(Desk.dossier(LIQUOR, PAPERS, "COMPLETE")).get("code").asText();

        desk.walkToTheEnd(code);

        assertThat(sent(code, NotificationKind.EARLY_RETURN)).extracting(Notification::recipient)
                .containsExactly(Notifications.APPLICANT);
    }

    @Test
    void anAdministratorMovesTheClockInTheDemoProfile() throws Exception {
        ResponseEntity<String> moved = desk.api().send("admin", Desk.PASSWORD, HttpMethod.PUT, "/api/admin/clock",
                Map.of("now", "2026-02-16T09:00:00+07:00"));

        assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ClockUtil.getCurrentTime()).isEqualTo(Date.from(vn(2026, 2, 16, 9, 0).toInstant()));
        assertThat(desk.api().send(Desk.CLERK, Desk.PASSWORD, HttpMethod.PUT, "/api/admin/clock",
                Map.of("now", "2026-02-16T09:00:00+07:00")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(desk.api().send("admin", Desk.PASSWORD, HttpMethod.DELETE, "/api/admin/clock", null)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
