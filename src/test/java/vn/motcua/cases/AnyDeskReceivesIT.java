package vn.motcua.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Any desk receives (README "Organisation"; Decree 118/2025/NĐ-CP, intake regardless of administrative
 * boundaries): a commune's desk receives a dossier a provincial department decides, forwards it, the department's
 * desk hands it to the department, which processes it, and the citizen collects the result at the commune; each
 * part is measured for the unit that did it, and each desk reads only the dossiers it has to do with.
 */
class AnyDeskReceivesIT extends DeskIT {

    private static final String THACH_KHE_DESK = "000.31.20.H42.MC";
    private static final String DONG_TIEN_DESK = "000.31.21.H42.MC";
    private static final String PROVINCE_DESK = "000.00.01.H42";
    private static final List<String> LIQUOR_PAPERS = List.of("DON-DE-NGHI", "GCN-DKDN", "DIA-DIEM", "NHA-CUNG-CAP");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCommuneDeskReceivesADepartmentsDossierTheDepartmentDecidesAndTheCitizenCollectsItAtTheCommune() throws Exception {
        // when hienlt, at xã Thạch Khê's desk, receives a liquor wholesale licence dossier (Sở Công Thương decides)
        String code = submitAs("hienlt", Desk.dossier("MAU-SCT-RUOU-BB", LIQUOR_PAPERS, "COMPLETE"));

        // then its code is the deciding agency's, and the dossier and its receipt name both desks and the agency
        assertThat(code).startsWith("000.00.12.H42-");
        JsonNode dossier = read("hienlt", code);
        assertThat(dossier.get("agencyName").asText()).isEqualTo("Sở Công Thương");
        assertThat(dossier.at("/desks/receiving/code").asText()).isEqualTo(THACH_KHE_DESK);
        assertThat(dossier.at("/desks/deciding/code").asText()).isEqualTo(PROVINCE_DESK);
        assertThat(dossier.at("/desks/returning/code").asText()).isEqualTo(THACH_KHE_DESK);
        assertThat(dossier.at("/desks/forwarded").asBoolean()).isTrue();
        String receipt = desk.pdfText("hienlt", "/api/dossiers/" + code + "/receipt.pdf");
        // issued by the commune whose desk received it, under its place
        assertThat(receipt).contains("ỦY BAN NHÂN DÂN XÃ THẠCH KHÊ", "Thạch Khê, ngày 05 tháng 03 năm 2026",
                "Trung tâm Phục vụ hành chính công xã Thạch Khê", "Cơ quan giải quyết: Sở Công Thương",
                "Nơi trả kết quả: Trung tâm Phục vụ hành chính công xã Thạch Khê", "không phụ thuộc địa giới");

        // the receiving desk forwards it: its own step, which no other desk is offered
        Task forward = desk.openTask(code);
        assertThat(forward.getTaskDefinitionKey()).isEqualTo("Task_ForwardDossier");
        assertThat(groups(forward)).containsExactly("mot-cua-thach-khe");
        assertThat(desk.complete(forward, "loanpt", Map.of()).getStatusCode()).isNotIn(HttpStatus.NO_CONTENT, HttpStatus.OK);
        assertThat(desk.complete(forward, "hienlt", Map.of("receiptHandedToApplicant", true)).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        // the department's desk (the provincial centre) receives it and hands it to the department
        Task handOver = desk.openTask(code);
        assertThat(handOver.getTaskDefinitionKey()).isEqualTo("Task_HandOverDossier");
        assertThat(groups(handOver)).containsExactly("mot-cua-tinh");
        assertThat(desk.complete(handOver, "lannt", Map.of("receiptHandedToApplicant", true)).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(states(code)).containsSubsequence("SUBMITTED", "RECEIVED", "FORWARDED", "PROCESSING");

        // the department appraises, its head reviews, its director signs
        for (String step : List.of("Task_AppraiseDossier", "Task_ReviewDraft", "Task_SignResult")) {
            Task task = desk.openTask(code);
            assertThat(task.getTaskDefinitionKey()).isEqualTo(step);
            desk.completeOk(task, desk.mainPathAnswers(task));
        }

        // the result waits at the commune's desk, where the citizen chose to collect it
        Task returning = desk.openTask(code);
        assertThat(returning.getTaskDefinitionKey()).isEqualTo("Task_ReturnResult");
        assertThat(groups(returning)).containsExactly("mot-cua-thach-khe");
        assertThat(desk.complete(returning, "hienlt", Map.of("returnMethod", "AT_DESK", "resultHandedOver", true))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(read("hienlt", code).get("status").asText()).isEqualTo("CLOSED");
        assertThat(states(code)).containsSubsequence("FORWARDED", "PROCESSING", "RESULT_READY", "RETURNED");

        // each part is credited to the unit that did it: the commune desk's forwarding, the department's processing
        Map<String, String> unitOfStep = new HashMap<>();
        jdbc.queryForList("select activity_id, unit, agency_code, timeliness from motcua_dossier_step where dossier_code = ?",
                code).forEach(row -> unitOfStep.put((String) row.get("activity_id"), row.get("unit") + "|"
                + row.get("agency_code") + "|" + row.get("timeliness")));
        assertThat(unitOfStep.get("Task_ForwardDossier")).startsWith("mot-cua-thach-khe|000.31.20.H42|").doesNotEndWith("|null");
        assertThat(unitOfStep.get("Task_HandOverDossier")).startsWith("mot-cua-tinh|000.00.00.H42|");
        assertThat(unitOfStep.get("Task_AppraiseDossier")).startsWith("sct-quan-ly-thuong-mai|000.00.12.H42|");
        assertThat(unitOfStep.get("Task_ReturnResult")).startsWith("mot-cua-thach-khe|000.31.20.H42|");
        JsonNode byUnit = json.readTree(desk.api().get("vinhnq", Desk.PASSWORD,
                "/api/reports/on-time?from=2026-03-01&to=2026-03-31&groupBy=department").getBody());
        JsonNode communeDesk = row(byUnit, "mot-cua-thach-khe");
        assertThat(communeDesk.get("stepsEarly").asLong() + communeDesk.get("stepsOnTime").asLong()
                + communeDesk.get("stepsLate").asLong()).isGreaterThanOrEqualTo(2);
        JsonNode department = row(byUnit, "sct-quan-ly-thuong-mai");
        assertThat(department.get("resolvedEarly").asLong() + department.get("resolvedOnTime").asLong()
                + department.get("resolvedLate").asLong()).isPositive();
        JsonNode byAgency = json.readTree(desk.api().get("vinhnq", Desk.PASSWORD,
                "/api/reports/on-time?from=2026-03-01&to=2026-03-31&groupBy=agency").getBody());
        assertThat(row(byAgency, "000.31.20.H42").get("stepsOnTime").asLong()
                + row(byAgency, "000.31.20.H42").get("stepsEarly").asLong()).isPositive();
    }

    @Test
    void aCommunesDossierReceivedAtAnotherCommuneIsForwardedThereAndReturnedWhereTheCitizenChose() throws Exception {
        // hienlt (Thạch Khê) receives a business household registration of xã Đồng Tiến, to be collected there
        Map<String, Object> body = Desk.dossier("MAU-XA-HKD", List.of("GIAY-DE-NGHI", "GIAY-TO-PHAP-LY"), "COMPLETE");
        body.put("decidingAgency", Desk.DONG_TIEN);
        body.put("returnDesk", DONG_TIEN_DESK);
        String code = submitAs("hienlt", body);

        assertThat(code).startsWith(Desk.DONG_TIEN + "-");
        Task forward = desk.openTask(code);
        assertThat(forward.getTaskDefinitionKey()).isEqualTo("Task_ForwardDossier");
        assertThat(groups(forward)).containsExactly("mot-cua-thach-khe");
        desk.completeOk(forward, Map.of("receiptHandedToApplicant", true));
        Task handOver = desk.openTask(code);
        assertThat(groups(handOver)).containsExactly("mot-cua-dong-tien");
        assertThat(desk.workerOf(handOver)).isEqualTo("loanpt");
        desk.completeOk(handOver, Map.of("receiptHandedToApplicant", true));
        Task appraisal = desk.openTask(code);
        assertThat(groups(appraisal)).containsExactly("dong-tien-kinh-te");
        desk.walkToTheEnd(code);

        assertThat(jdbc.queryForObject("select unit from motcua_dossier_step where dossier_code = ? and activity_id = ?",
                String.class, code, "Task_ReturnResult")).isEqualTo("mot-cua-dong-tien");
        assertThat(read("loanpt", code).get("status").asText()).isEqualTo("CLOSED");
    }

    @Test
    void aDossierReceivedWhereItIsDecidedIsNotForwardedAndOtherDesksDoNotReadIt() throws Exception {
        // lannt, at the provincial centre, receives the department's dossier: no forwarding
        String code = submitAs("lannt", Desk.dossier("MAU-SCT-RUOU-BB", LIQUOR_PAPERS, "COMPLETE"));
        Task first = desk.openTask(code);
        assertThat(first.getTaskDefinitionKey()).isEqualTo("Task_HandOverDossier");
        assertThat(groups(first)).containsExactly("mot-cua-tinh");
        assertThat(read("lannt", code).at("/desks/forwarded").asBoolean()).isFalse();
        assertThat(states(code)).doesNotContain("FORWARDED");

        // a clerk of a commune's desk, which neither received, decides nor returns it, does not read it
        assertThat(desk.api().get("hienlt", Desk.PASSWORD, "/api/dossiers/" + code).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(desk.api().get("hienlt", Desk.PASSWORD, "/api/dossiers/" + code + "/receipt.pdf").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        // a commune's dossier received at the commune: the provincial centre's clerk does not read it; when collected
        // at another commune's desk, that desk's clerk does
        Map<String, Object> household = Desk.dossier("MAU-XA-HKD", List.of("GIAY-DE-NGHI", "GIAY-TO-PHAP-LY"), "COMPLETE");
        household.remove("decidingAgency");
        household.put("returnDesk", DONG_TIEN_DESK);
        String communes = submitAs("hienlt", household);
        assertThat(desk.api().get("lannt", Desk.PASSWORD, "/api/dossiers/" + communes).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(desk.api().get("loanpt", Desk.PASSWORD, "/api/dossiers/" + communes).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(groups(desk.openTask(communes))).containsExactly("mot-cua-thach-khe");

        // a return desk that is no desk in force is refused, and nothing is created
        Map<String, Object> wrong = Desk.dossier("MAU-SCT-RUOU-BB", LIQUOR_PAPERS, "COMPLETE");
        wrong.put("returnDesk", "000.20.31.H42");
        int before = jdbc.queryForObject("select count(*) from motcua_dossier", Integer.class);
        ResponseEntity<String> refused = desk.submitAs("lannt", wrong);
        assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("returnDesk");
        assertThat(jdbc.queryForObject("select count(*) from motcua_dossier", Integer.class)).isEqualTo(before);
    }

    private String submitAs(String clerk, Map<String, Object> body) throws Exception {
        ResponseEntity<String> response = desk.submitAs(clerk, body);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(response.getBody()).get("code").asText();
    }

    private JsonNode read(String user, String code) throws Exception {
        ResponseEntity<String> response = desk.api().get(user, Desk.PASSWORD, "/api/dossiers/" + code);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private List<String> groups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
                .filter(java.util.Objects::nonNull).toList();
    }

    private List<String> states(String code) {
        return jdbc.queryForList("select state from motcua_portal_outbox where dossier_code = ? order by seq", String.class, code);
    }

    private static JsonNode row(JsonNode rows, String group) {
        for (JsonNode row : rows) {
            if (group.equals(row.get("group").asText())) {
                return row;
            }
        }
        throw new AssertionError("no row " + group + " in " + rows);
    }
}
