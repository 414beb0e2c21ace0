package vn.motcua.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.calendar.ShippedCalendarMoments.vn;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The apology's new return moment (README, 'Deadlines, escalations and the official forms'): a working moment
 * strictly later than the one promised; once accepted it is the moment the dossier API, the citizen's lookup,
 * the ledger and the receipt show, while on-time measurement keeps the statutory due moment.
 */
class ApologyIT extends DeskIT {

    private static final String LIQUOR = "MAU-SCT-RUOU-BB";
    private static final List<String> PAPERS = List.of("DON-DE-NGHI", "GCN-DKDN", "DIA-DIEM", "NHA-CUNG-CAP");

    @Autowired
    JdbcClient jdbc;

    /**
     * A liquor licence dossier received Thu 5/3/2026 09:00, due Thu 19/3 17:00, at minhtv's appraisal on
     * Wed 18/3 17:01, when its apology task opens: its submission (code and lookup token).
     */
    private JsonNode dueTomorrow() throws Exception {
        at(vn(2026, 3, 5, 9, 0));
        JsonNode submitted = desk.submitOk(Desk.dossier(LIQUOR, PAPERS, "COMPLETE"));
        String code = submitted.get("code").asText();
        desk.completeOk(desk.openTask(code), Map.of());
        at(vn(2026, 3, 18, 17, 1));
        fireDueTimers(code);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(code)
                .taskDefinitionKey(DossierApologies.TASK).count()).isOne();
        return submitted;
    }

    private ResponseEntity<String> apologise(String code, String newReturnAt) {
        return desk.api().send("minhtv", Desk.PASSWORD, HttpMethod.POST, "/api/dossiers/" + code + "/apology",
                Map.of("reason", "Cần xác minh thêm với cơ quan thuế", "newReturnAt", newReturnAt));
    }

    private void assertRefusedNamingNewReturnAt(ResponseEntity<String> response, String why) throws Exception {
        assertThat(response.getStatusCode()).as(why + ": " + response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.get("errors").findValuesAsText("field")).as(why).containsExactly("newReturnAt");
        assertThat(response.getBody()).as(why).doesNotContain("newReturnDate");
    }

    private boolean apologised(String code) {
        return jdbc.sql("select count(*) from motcua_dossier where code = :code and apology_at is not null")
                .param("code", code).query(Integer.class).single() > 0;
    }

    @Test
    void aNewReturnMomentThatIsNoWorkingMomentOrNotLaterThanThePromiseIsRefusedNamingTheRequestsField() throws Exception {
        String code = dueTomorrow().get("code").asText();

        ResponseEntity<String> saturday = apologise(code, "2026-03-21T10:00");
        assertRefusedNamingNewReturnAt(saturday, "a Saturday");
        assertThat(json.readTree(saturday.getBody()).get("errors").get(0).get("message").asText())
                .contains("không phải thời điểm làm việc");
        assertRefusedNamingNewReturnAt(apologise(code, "2026-03-23T19:00"), "after office hours");
        assertRefusedNamingNewReturnAt(apologise(code, "2026-03-23T12:00"), "at lunch");
        assertRefusedNamingNewReturnAt(apologise(code, "2026-03-19T16:00"), "before the promised moment");
        assertRefusedNamingNewReturnAt(apologise(code, "2026-03-19T17:00"), "the promised moment itself");
        assertRefusedNamingNewReturnAt(apologise(code, "2026-04-30T10:00"), "a public holiday (30/4)");

        // nothing changed
        assertThat(apologised(code)).isFalse();
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(code)
                .taskDefinitionKey(DossierApologies.TASK).count()).isOne();
    }

    @Test
    void theTaskFormRefusesASaturdayNamingItsOwnField() throws Exception {
        String code = dueTomorrow().get("code").asText();
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(code)
                .taskDefinitionKey(DossierApologies.TASK).singleResult();

        ResponseEntity<String> completed = desk.complete(task, "minhtv", Map.of("apologyReason", "Cần xác minh thêm",
                "newReturnDate", "2026-03-21"));

        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(completed.getBody()).contains("không phải thời điểm làm việc", "newReturnDate");
        assertThat(apologised(code)).isFalse();
    }

    @Test
    void theEngineMarksTheDossierOverdueAtItsDueMomentForTheApologyFormsWording() throws Exception {
        String code = dueTomorrow().get("code").asText();
        Task apology = taskService.createTaskQuery().processInstanceBusinessKey(code)
                .taskDefinitionKey(DossierApologies.TASK).singleResult();
        String instance = apology.getProcessInstanceId();
        // the form reads it from the task's variables: "sắp đến hạn" until then (IssueApologyFormTest)
        assertThat(taskService.getVariable(apology.getId(), "dossierOverdue")).isNull();

        at(vn(2026, 3, 19, 17, 1));
        fireDueTimers(code);

        assertThat(taskService.getVariable(apology.getId(), "dossierOverdue")).isEqualTo(true);
        assertThat(runtimeService.getVariable(instance, "dossierOverdue")).isEqualTo(true);
    }

    @Test
    void onceAcceptedTheNewMomentIsPromisedEverywhereWhileTheDossierIsMeasuredAgainstTheOriginal() throws Exception {
        // given the apology sets Monday 23/3 17:00 (the form's date alone means the close of office hours)
        JsonNode submitted = dueTomorrow();
        String code = submitted.get("code").asText();
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(code)
                .taskDefinitionKey(DossierApologies.TASK).singleResult();
        desk.completeOk(task, Map.of("apologyReason", "Cần xác minh thêm với cơ quan thuế", "newReturnDate", "2026-03-23"));
        // received in 2026: form 04 of Circular 03/2025 asks for the extension, which holds once approved (here in
        // Tasklist, by the agency's leader)
        assertThat(desk.read(code).get("dueAt").asText()).isEqualTo("2026-03-19T17:00:00+07:00");
        Task approval = taskService.createTaskQuery().processInstanceBusinessKey(code)
                .taskDefinitionKey(DossierApologies.APPROVAL_TASK).singleResult();
        assertThat(desk.workerOf(approval)).isEqualTo("namhv");
        desk.completeOk(approval, Map.of("extensionDecision", "APPROVE"));

        // then the dossier API promises the new moment and keeps the original one beside it
        JsonNode dossier = desk.read(code);
        assertThat(dossier.get("dueAt").asText()).isEqualTo("2026-03-23T17:00:00+07:00");
        assertThat(dossier.get("promisedAt").asText()).isEqualTo("2026-03-23T17:00:00+07:00");
        assertThat(dossier.get("originalDueAt").asText()).isEqualTo("2026-03-19T17:00:00+07:00");
        // the citizen's lookup too
        JsonNode lookup = lookUp(code, submitted.get("lookupToken").asText());
        assertThat(lookup.get("promisedReturnAt").asText()).isEqualTo("2026-03-23T17:00:00+07:00");
        assertThat(lookup.get("rescheduled").asBoolean()).isTrue();
        // the ledger's promised return column, and a reprinted receipt
        assertThat(ledgerRow(code).get(8)).isEqualTo("17:00 23/03/2026");
        assertThat(desk.receiptText(code)).contains("17 giờ 00 phút, ngày 23/03/2026", "17 giờ 00 phút, ngày 19/03/2026");

        // when the result is ready on Friday 20/3, after the original due moment but before the new one
        at(vn(2026, 3, 20, 10, 0));
        desk.walkToTheEnd(code);

        // then the dossier counts as late (Decree 61/2018 Art. 19: an apology does not make it on time)
        assertThat(jdbc.sql("select timeliness from motcua_dossier where code = :code").param("code", code)
                .query(String.class).single()).isEqualTo("LATE");
        assertThat(lookUp(code, submitted.get("lookupToken").asText()).get("timelinessLabel").asText()).isEqualTo("Quá hạn");
        assertThat(ledgerRow(code).get(13)).contains("Quá hạn", "hạn ban đầu");
    }

    @Test
    void underThe2025FormsTheNewMomentHoldsOnlyOnceTheAgencysLeaderApprovesARefusalGoesBackToTheUnit() throws Exception {
        // given a dossier received in March 2026 whose unit asks to extend to Monday 23/3 (form 04 of Circular 03/2025)
        String code = dueTomorrow().get("code").asText();
        assertThat(apologise(code, "2026-03-23T17:00").getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        Task approval = taskService.createTaskQuery().processInstanceBusinessKey(code)
                .taskDefinitionKey(DossierApologies.APPROVAL_TASK).singleResult();
        // offered to the agency's leaders (app.cases.agency-leader-groups), not to the unit that asked
        assertThat(taskService.getIdentityLinksForTask(approval.getId())).extracting(link -> link.getGroupId())
                .containsExactly("sct-lanh-dao");
        assertThat(desk.read(code).get("dueAt").asText()).isEqualTo("2026-03-19T17:00:00+07:00");
        assertThat(apologised(code)).isFalse();

        // when the leader refuses without a reason: 400, nothing changes
        ResponseEntity<String> noReason = decide(code, "SEND_BACK", null);
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(noReason.getBody()).get("errors").findValuesAsText("field")).containsExactly("reason");
        assertThat(decide(code, "MAYBE", null).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        // with a reason: back to the unit, the citizen still promised the old moment
        ResponseEntity<String> refused = decide(code, "SEND_BACK", "Đề nghị hẹn sớm hơn");
        assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(refused.getBody()).get("status").asText()).isEqualTo("SENT_BACK");
        assertThat(apologised(code)).isFalse();
        assertThat(desk.read(code).get("dueAt").asText()).isEqualTo("2026-03-19T17:00:00+07:00");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(code)
                .taskDefinitionKey(DossierApologies.TASK).count()).isOne();
        assertThat(decide(code, "APPROVE", null).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(desk.receiptText(code)).doesNotContain("23/03/2026");
        assertThat(desk.pdfText(Desk.CLERK, "/api/dossiers/" + code + "/control-sheet.pdf"))
                .contains("Phê duyệt gia hạn thời gian giải quyết", "Trả lại", "Đề nghị hẹn sớm hơn");

        // then the unit asks again, the leader approves, and the new moment is promised from then
        assertThat(apologise(code, "2026-03-20T17:00").getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode approved = json.readTree(decide(code, "APPROVE", null).getBody());
        assertThat(approved.get("status").asText()).isEqualTo("ISSUED");
        assertThat(approved.get("approvedBy").asText()).isEqualTo("namhv");
        assertThat(desk.read(code).get("dueAt").asText()).isEqualTo("2026-03-20T17:00:00+07:00");
        assertThat(desk.pdfText("minhtv", "/api/dossiers/" + code + "/apology.pdf"))
                .contains("Mẫu số 04", "Người có thẩm quyền đồng ý gia hạn: Hoàng Văn Nam");
    }

    @Test
    void theRulesApiShowsEachRuleWithItsVersionsSourcesAndTheOneInForce() throws Exception {
        ResponseEntity<String> response = desk.api().get("minhtv", Desk.PASSWORD, "/api/rules?on=2025-06-10");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode rules = json.readTree(response.getBody());
        assertThat(rules.findValuesAsText("rule")).containsExactly("handover-cutoff", "form-set", "apology", "supplement",
                "abandonment");
        JsonNode forms = rules.get(1).get("versions");
        assertThat(forms.get(0).get("values").get("set").asText()).isEqualTo("CIRCULAR_01_2018");
        assertThat(forms.get(0).get("inForce").asBoolean()).isTrue();
        assertThat(forms.get(0).get("effectiveUntil").asText()).isEqualTo("2025-09-14");
        assertThat(forms.get(1).get("effectiveFrom").asText()).isEqualTo("2025-09-15");
        assertThat(forms.get(1).get("source").asText()).isEqualTo("Thông tư 03/2025/TT-VPCP, Phụ lục I");
        JsonNode apology = rules.get(2).get("versions");
        assertThat(apology.get(2).get("shownSource").asText()).isEqualTo("Chưa xác định căn cứ");
        assertThat(apology.get(2).get("values").get("approval").asBoolean()).isTrue();
        ResponseEntity<String> badDay = desk.api().get("minhtv", Desk.PASSWORD, "/api/rules?on=10/6/2025");
        assertThat(badDay.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(badDay.getBody()).get("errors").findValuesAsText("field")).containsExactly("on");
    }

    private ResponseEntity<String> decide(String code, String decision, String reason) {
        Map<String, String> body = new java.util.HashMap<>();
        body.put("decision", decision);
        if (reason != null) {
            body.put("reason", reason);
        }
        return desk.api().send("namhv", Desk.PASSWORD, HttpMethod.POST, "/api/dossiers/" + code + "/extension-decision",
                body);
    }

    private JsonNode lookUp(String code, String token) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Lookup-Token", token);
        ResponseEntity<String> response = rest.exchange("/api/public/dossiers/" + code, HttpMethod.GET,
                new HttpEntity<>(headers), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    /** The cells of the dossier's row of this year's ledger, as text. */
    private List<String> ledgerRow(String code) throws Exception {
        ResponseEntity<byte[]> xlsx = desk.api().bytes("chaudm", Desk.PASSWORD, "/api/ledger/2026.xlsx");
        assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                if (row.getRowNum() > TrackingLedger.HEADER_ROW && code.equals(row.getCell(1).getStringCellValue())) {
                    List<String> cells = new java.util.ArrayList<>();
                    row.forEach(cell -> cells.add(cell.getStringCellValue()));
                    return cells;
                }
            }
        }
        throw new AssertionError("no ledger row for " + code);
    }
}
