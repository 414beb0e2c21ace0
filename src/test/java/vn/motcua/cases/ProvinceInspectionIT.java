package vn.motcua.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.calendar.ShippedCalendarMoments.vn;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The Department of Science and Technology's yearly inspection through the engine: the officer plans two agencies,
 * the provincial leader approves; each agency's step opens with its evidence pack (its on-time figures are the report
 * API's for the same twelve months and agency); a nonconforming finding opens a nonconformity in the inspected
 * agency's own QMS; the report to the People's Committee prints each agency's findings. Nobody else plans, approves or
 * reads, and a bad plan changes nothing.
 */
class ProvinceInspectionIT extends DeskIT {

    private static final String SCT = "000.00.12.H42";
    private static final String STP = "000.00.15.H42";
    private static final String OFFICER = "ngatt";
    private static final String LEADER = "vinhnq";
    private static final String INSPECTIONS = "/api/province/inspections";

    private void registered(String agency, String name) {
        ResponseEntity<String> saved = desk.api().send(OFFICER, Desk.PASSWORD, HttpMethod.PUT, "/api/province/register/" + agency,
                Map.of("agencyName", name, "obligation", "MANDATORY", "scope", "Các thủ tục hành chính của cơ quan",
                        "announcedOn", "2025-06-02"));
        assertThat(saved.getStatusCode().is2xxSuccessful()).as(saved.getBody()).isTrue();
    }

    private List<Task> tasks(String instance, String key) {
        return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).list();
    }

    private static Map<String, Object> findings(String nonconforming, String note) {
        Map<String, Object> findings = new HashMap<>();
        for (String field : List.of("announced", "legal", "audit", "review", "objectives", "corrective", "ontime", "staff")) {
            findings.put("finding_" + field, field.equals(nonconforming) ? "NONCONFORM" : "CONFORM");
        }
        if (nonconforming != null) {
            findings.put("note_" + nonconforming, note);
        }
        return findings;
    }

    @Test
    void anInspectionRunsFromPlanToReportAndItsFindingsOpenNonconformitiesInTheAgency() throws Exception {
        registered(SCT, "Sở Công Thương");
        registered(STP, "Sở Tư pháp");
        // a dossier of the Department of Industry and Trade resolved today, inside the twelve months inspected tomorrow
        String dossier = desk.submitOk(Desk.dossier("MAU-SCT-RUOU-BB", List.of("DON-DE-NGHI", "GCN-DKDN", "DIA-DIEM",
                "NHA-CUNG-CAP"), "COMPLETE")).get("code").asText();
        desk.walkToTheEnd(dossier);

        Map<String, Object> plan = new HashMap<>(Map.of("year", "2026", "team", "Trần Thị Nga (Sở KH&CN), trưởng đoàn; Lê Văn Hải (Sở Nội vụ)",
                "startsOn", "2026-03-06", "endsOn", "2026-04-30",
                "agencies", List.of(Map.of("agencyCode", SCT, "mode", "ON_SITE"), Map.of("agencyCode", STP, "mode", "DOCUMENTS"))));
        assertThat(desk.api().send(LEADER, Desk.PASSWORD, HttpMethod.POST, INSPECTIONS, plan).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("ProvinceInspectionProcess").count();
        ResponseEntity<String> bad = desk.api().send(OFFICER, Desk.PASSWORD, HttpMethod.POST, INSPECTIONS, Map.of("year", "2026",
                "team", "", "startsOn", "2026-05-01", "endsOn", "2026-04-01",
                "agencies", List.of(Map.of("agencyCode", "000.99.99.X00", "mode", "ON_SITE"), Map.of("agencyCode", SCT, "mode", "PHONE"))));
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody()).contains("team", "endsOn", "agencies[0].agencyCode", "agencies[1].mode");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("ProvinceInspectionProcess").count()).isEqualTo(before);

        ResponseEntity<String> planned = desk.api().send(OFFICER, Desk.PASSWORD, HttpMethod.POST, INSPECTIONS, plan);
        assertThat(planned.getStatusCode()).as(planned.getBody()).isEqualTo(HttpStatus.CREATED);
        String code = json.readTree(planned.getBody()).get("code").asText();
        String instance = json.readTree(planned.getBody()).get("processInstanceId").asText();
        assertThat(code).matches("KT-ISO-2026-\\d+");

        // the leader approves the next day; the officer may not approve their own plan
        at(vn(2026, 3, 6, 9, 0));
        Task approval = tasks(instance, "Task_ApprovePlan").get(0);
        assertThat(desk.complete(approval, OFFICER, Map.of("planDecision", "APPROVED")).getStatusCode().is4xxClientError()).isTrue();
        assertThat(desk.complete(approval, LEADER, Map.of("planDecision", "APPROVED", "planNote", "Đồng ý")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        List<Task> agencies = tasks(instance, "Task_InspectAgency");
        assertThat(agencies).hasSize(2);
        Task sct = agencies.stream().filter(t -> SCT.equals(taskService.getVariable(t.getId(), "inspectedAgency"))).findFirst().orElseThrow();
        Task stp = agencies.stream().filter(t -> STP.equals(taskService.getVariable(t.getId(), "inspectedAgency"))).findFirst().orElseThrow();

        // the evidence: the report API's figures for the twelve months before today and the agency
        JsonNode totals = json.readTree(desk.api().get("chaudm", Desk.PASSWORD,
                "/api/reports/on-time?from=2025-03-06&to=2026-03-05&agency=" + SCT).getBody()).get(0);
        long resolved = totals.get("resolvedEarly").asLong() + totals.get("resolvedOnTime").asLong() + totals.get("resolvedLate").asLong();
        assertThat(resolved).isPositive();
        String onTime = "Tiếp nhận " + totals.get("receivedCarriedOver").asLong() + " + " + totals.get("receivedNew").asLong()
                + ", đã giải quyết " + resolved + " (trước hạn " + totals.get("resolvedEarly").asLong() + ", đúng hạn "
                + totals.get("resolvedOnTime").asLong() + ", quá hạn " + totals.get("resolvedLate").asLong() + ")";
        assertThat(String.valueOf(taskService.getVariableLocal(sct.getId(), "evidence_ontime"))).contains(onTime);
        assertThat(String.valueOf(taskService.getVariableLocal(sct.getId(), "evidence_announced"))).startsWith("[Đạt]")
                .contains("02/06/2025");
        JsonNode read = json.readTree(desk.api().get(LEADER, Desk.PASSWORD, INSPECTIONS + "/" + code).getBody());
        assertThat(read.get("status").asText()).isEqualTo("INSPECTING");
        assertThat(read.at("/agencies/0/periodFrom").asText()).isEqualTo("2025-03-06");

        // every check needs a finding; a nonconforming one opens a nonconformity in the agency's own QMS
        ResponseEntity<String> partial = desk.complete(sct, OFFICER, Map.of("finding_announced", "CONFORM"));
        assertThat(partial.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(partial.getBody()).contains("finding_legal", "finding_staff");
        // the agency and the inspection come from the step itself: forged variables change neither
        Map<String, Object> forged = findings("staff", "Thư ký ISO mới chưa được đào tạo");
        forged.put("inspectedAgency", STP);
        forged.put("inspectionCode", "KT-ISO-1999-1");
        assertThat(desk.complete(sct, OFFICER, forged).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(taskService.createTaskQuery().taskId(stp.getId()).count()).as("Sở Tư pháp's step still open").isEqualTo(1);
        assertThat(desk.complete(stp, OFFICER, findings(null, null)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode checks = json.readTree(desk.api().get(OFFICER, Desk.PASSWORD, INSPECTIONS + "/" + code).getBody()).at("/agencies/0/checks");
        JsonNode staff = null;
        for (JsonNode check : checks) {
            if ("STAFF_TRAINED".equals(check.get("id").asText())) {
                staff = check;
            }
        }
        assertThat(staff.get("finding").asText()).isEqualTo("NONCONFORM");
        String nonconformity = staff.get("nonconformityCode").asText();
        assertThat(nonconformity).startsWith("KPH-");
        JsonNode opened = null;
        for (JsonNode n : json.readTree(desk.api().get("chaudm", Desk.PASSWORD, "/api/quality/nonconformities?all=true").getBody())) {
            if (nonconformity.equals(n.get("code").asText())) {
                opened = n;
            }
        }
        assertThat(opened.get("agencyCode").asText()).isEqualTo(SCT);
        assertThat(opened.get("source").asText()).isEqualTo("INSPECTION");
        assertThat(opened.get("description").asText()).contains(code, "Thư ký ISO mới chưa được đào tạo");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(nonconformity)
                .processDefinitionKey("NonconformingOutputProcess").count()).isEqualTo(1);

        // the conclusion, and the report to the People's Committee
        Task report = tasks(instance, "Task_WriteReport").get(0);
        assertThat(desk.complete(report, OFFICER, Map.of()).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(desk.complete(report, OFFICER, Map.of("inspectionConclusion", "Hai cơ quan duy trì hệ thống; Sở Công Thương "
                + "cần đào tạo thư ký ISO mới.")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
        ResponseEntity<byte[]> pdf = desk.api().bytes(LEADER, Desk.PASSWORD, INSPECTIONS + "/" + code + "/report.pdf");
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Kính gửi: Ủy ban nhân dân tỉnh", code, "Sở Công Thương", "Sở Tư pháp", "Không đạt", nonconformity,
                "cần đào tạo thư ký ISO mới", "1 cơ quan kiểm tra trực tiếp");

        for (String outsider : List.of(Desk.CLERK, "chaudm", "trangdt", "namhv")) {
            assertThat(desk.api().get(outsider, Desk.PASSWORD, INSPECTIONS).getStatusCode()).as(outsider).isEqualTo(HttpStatus.FORBIDDEN);
        }
    }
}
