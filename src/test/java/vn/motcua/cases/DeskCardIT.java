package vn.motcua.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The dossier card on every task of a procedure and the dossier of each task in Tasklist's list (README:
 * 'Tasklist: the dossier card and the search'): what they show, to whom, and nothing to anybody else.
 */
class DeskCardIT extends DeskIT {

    private static final String LIQUOR = "MAU-SCT-RUOU-BB";
    private static final List<String> PAPERS = List.of("DON-DE-NGHI", "GCN-DKDN", "DIA-DIEM", "NHA-CUNG-CAP");

    /** A complete liquor licence dossier handed over by lannt: its code (its open task is the appraisal). */
    private String handedOver() throws Exception {
        String code = desk.submitOk(Desk.dossier(LIQUOR, PAPERS, "COMPLETE")).get("code").asText();
        Task handOver = desk.openTask(code);
        assertThat(desk.complete(handOver, "lannt", Map.of("receiptHandedToApplicant", true)).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        return code;
    }

    private JsonNode card(String user, String taskId) throws Exception {
        ResponseEntity<String> response = desk.api().get(user, Desk.PASSWORD, "/api/tasks/" + taskId + "/card");
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    @Test
    void theSpecialistSeesTheWholeDossierOnTheAppraisalTask() throws Exception {
        // given a dossier handed over to the department
        String code = handedOver();
        Task appraisal = desk.openTask(code);

        // when the specialist opens the appraisal
        JsonNode card = card("minhtv", appraisal.getId());

        // then the card shows the procedure, the dossier, the applicant in full and the papers received
        assertThat(card.get("procedureCode").asText()).isEqualTo(LIQUOR);
        assertThat(card.get("procedureName").asText()).isEqualTo("Cấp Giấy phép bán buôn sản phẩm rượu");
        assertThat(card.get("dossierCode").asText()).isEqualTo(code);
        assertThat(card.get("applicantShown").asText()).isEqualTo("FULL");
        assertThat(card.get("applicant").get("name").asText()).isEqualTo("Nguyễn Văn Bảo");
        assertThat(card.get("applicant").get("idNumber").asText()).isEqualTo("001085012345");
        assertThat(card.get("channelLabel").asText()).isEqualTo("Trực tiếp");
        assertThat(card.get("papers").findValuesAsText("code")).containsExactlyElementsOf(PAPERS);
        assertThat(card.get("papers").get(0).get("name").asText()).startsWith("Đơn đề nghị");
        // the forms issued so far, numbered by the dossier's form set (received in 2026: Circular 03/2025)
        assertThat(card.get("forms").findValuesAsText("number")).containsExactly("01", "06");
        assertThat(card.get("forms").get(0).get("url").asText()).isEqualTo("/api/dossiers/" + code + "/receipt.pdf");
        // the promised moment and this step's due moment, with the working hours left on the calendar:
        // received Thursday 5/3/2026 09:00, 10 working days; the appraisal has 5 of them
        assertThat(card.get("promisedAt").asText()).isEqualTo(desk.read(code).get("dueAt").asText());
        assertThat(card.get("step").get("dueAt").asText()).startsWith("2026-03-1");
        assertThat(card.get("step").get("workingHoursLeft").decimalValue()).isBetween(
                java.math.BigDecimal.valueOf(32), java.math.BigDecimal.valueOf(40));
        assertThat(card.get("dossierWorkingHoursLeft").decimalValue())
                .isGreaterThan(card.get("step").get("workingHoursLeft").decimalValue());
        assertThat(card.get("step").get("unitName").asText()).contains("Phòng Quản lý Thương mại");
        // the earlier step with who, the unit, early/on time/late; the current one marked
        JsonNode handOver = card.get("steps").get(0);
        assertThat(handOver.get("activityId").asText()).isEqualTo("Task_HandOverDossier");
        assertThat(handOver.get("completedByName").asText()).isEqualTo("Nguyễn Thị Lan");
        assertThat(handOver.get("unitName").asText())
                .isEqualTo("Trung tâm Phục vụ hành chính công tỉnh – Bộ phận tiếp nhận và trả kết quả");
        // handed over on its due day (the day of receipt)
        assertThat(handOver.get("timelinessLabel").asText()).isEqualTo("Đúng hạn");
        assertThat(handOver.get("outcome").asText()).isEqualTo("DONE");
        assertThat(handOver.get("current").asBoolean()).isFalse();
        assertThat(card.get("steps").get(1).get("current").asBoolean()).isTrue();
        // the diagram of the task's process with the current step, the step done marked
        assertThat(card.get("processDefinitionId").asText()).isEqualTo(appraisal.getProcessDefinitionId());
        assertThat(card.get("activityId").asText()).isEqualTo("Task_AppraiseDossier");
        assertThat(texts(card.get("doneActivityIds"))).contains("Task_HandOverDossier");
        // and the specialist attaches the draft result here
        assertThat(card.get("uploadKind").asText()).isEqualTo("DRAFT");
        assertThat(card.get("mayAttach").asBoolean()).isTrue();
    }

    @Test
    void theHeadReadsTheSpecialistsOpinionOnTheReviewTask() throws Exception {
        // given the specialist's appraisal with an opinion
        String code = handedOver();
        Task appraisal = desk.openTask(code);
        assertThat(desk.complete(appraisal, "minhtv", Map.of("appraisalOutcome", "APPROVE",
                "appraisalNote", "Hồ sơ đủ điều kiện, đề nghị cấp phép")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        // when the head opens the review
        JsonNode card = card("hoalt", desk.openTask(code).getId());

        // then the appraisal is there with who did it and what they wrote
        JsonNode appraised = card.get("steps").get(1);
        assertThat(appraised.get("activityId").asText()).isEqualTo("Task_AppraiseDossier");
        assertThat(appraised.get("completedByName").asText()).isEqualTo("Trần Văn Minh");
        assertThat(appraised.get("note").asText()).isEqualTo("Hồ sơ đủ điều kiện, đề nghị cấp phép");
        assertThat(appraised.get("outcomeLabel").asText()).isEqualTo("Hoàn thành");
        assertThat(card.get("uploadKind").isNull()).as("the review attaches no file").isTrue();
    }

    @Test
    void aManagerSeesTheIdNumberMaskedAndAttachesNothing() throws Exception {
        String code = handedOver();

        JsonNode card = card("chaudm", desk.openTask(code).getId());

        assertThat(card.get("applicantShown").asText()).isEqualTo("MASKED");
        assertThat(card.get("applicant").get("name").asText()).isEqualTo("Nguyễn Văn Bảo");
        assertThat(card.get("applicant").get("idNumber").asText()).isEqualTo("0010******45");
        assertThat(card.get("mayAttach").asBoolean()).isFalse();
    }

    @Test
    void anotherDepartmentAndUnknownTasksGetNoCard() throws Exception {
        String code = handedOver();
        String appraisal = desk.openTask(code).getId();

        // an officer of another department of the same agency, a task that does not exist, an id that is none
        for (String path : List.of("/api/tasks/" + appraisal + "/card", "/api/tasks/no-such-task/card",
                "/api/tasks/%3Cscript%3E/card")) {
            ResponseEntity<String> response = desk.api().get("huypq", Desk.PASSWORD, path);
            assertThat(response.getStatusCode()).as(path).isIn(HttpStatus.NOT_FOUND, HttpStatus.BAD_REQUEST);
            assertThat(response.getBody()).doesNotContain("Nguyễn Văn Bảo").doesNotContain(code);
        }
        assertThat(desk.api().get("huypq", Desk.PASSWORD, "/api/tasks/" + appraisal + "/card").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        // and without a login, nothing at all
        assertThat(desk.api().get(null, null, "/api/tasks/" + appraisal + "/card").getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void eachTaskOfTheListShowsItsDossierToWhoMaySeeIt() throws Exception {
        // given two dossiers waiting at the desk, which look alike in the list
        String first = desk.submitOk(Desk.dossier(LIQUOR, PAPERS, "COMPLETE")).get("code").asText();
        String second = desk.submitOk(Desk.dossier(LIQUOR, PAPERS, "COMPLETE")).get("code").asText();
        String ids = desk.openTask(first).getId() + "," + desk.openTask(second).getId();

        // when the clerk's list asks for them
        ResponseEntity<String> mine = desk.api().get("lannt", Desk.PASSWORD, "/api/tasks/cards?ids=" + ids);

        // then each shows its own code, the applicant and the due moments
        assertThat(mine.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode cards = json.readTree(mine.getBody());
        assertThat(cards.findValuesAsText("dossierCode")).containsExactly(first, second);
        assertThat(cards.findValuesAsText("applicantName")).containsOnly("Nguyễn Văn Bảo");
        assertThat(cards.get(0).get("stepDueAt").isNull()).isFalse();
        assertThat(cards.get(0).get("promisedAt").asText()).isEqualTo(desk.read(first).get("dueAt").asText());
        // and a department that may see neither the tasks nor the dossiers gets nothing of them
        ResponseEntity<String> theirs = desk.api().get("minhtv", Desk.PASSWORD, "/api/tasks/cards?ids=" + ids);
        assertThat(json.readTree(theirs.getBody())).isEmpty();
    }

    @Test
    void theListsRequestIsChecked() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            many.add("t" + i);
        }
        for (String query : List.of("", "?ids=", "?ids=a,%3Cb%3E", "?ids=" + String.join(",", many))) {
            ResponseEntity<String> response = desk.api().get("lannt", Desk.PASSWORD, "/api/tasks/cards" + query);
            assertThat(response.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(response.getBody()).contains("\"field\":\"ids\"");
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
