package vn.motcua.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An agency's yearly QMS report through the engine: the ISO secretary starts it for the year, completes it with the
 * agency's difficulties and proposals, the leader returns it with a reason, then signs it; the Department of Science
 * and Technology reads the signed report, whose figures are the report API's for the same year and agency, and
 * never a draft. Bad requests change nothing.
 */
class YearlyQmsReportIT extends DeskIT {

    private static final String AGENCY = "000.00.12.H42";
    private static final String SECRETARY = "trangdt";
    private static final String LEADER = "namhv";
    private static final String DOST = "ngatt";
    private static final String REPORTS = "/api/quality/yearly-reports";

    @Autowired
    JdbcClient jdbc;

    private Task openTask(String instance) {
        List<Task> tasks = taskService.createTaskQuery().processInstanceId(instance).list();
        assertThat(tasks).hasSize(1);
        return tasks.get(0);
    }

    private String pdfText(String user, String code) throws Exception {
        ResponseEntity<byte[]> pdf = desk.api().bytes(user, Desk.PASSWORD, REPORTS + "/" + code + "/report.pdf");
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static boolean listed(JsonNode reports, String code) {
        for (JsonNode report : reports) {
            if (report.get("code").asText().equals(code)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theSecretaryPreparesTheLeaderSignsAndTheDepartmentReadsTheSignedReport() throws Exception {
        // a database kept between runs (PostgreSQL) may hold this year's report of an earlier run
        jdbc.sql("delete from motcua_qms_yearly_report where agency_code = ? and report_year = 2026").param(AGENCY).update();
        desk.api().send(DOST, Desk.PASSWORD, HttpMethod.PUT, "/api/province/register/" + AGENCY, Map.of("agencyName",
                "Sở Công Thương", "obligation", "MANDATORY", "scope", "Các thủ tục hành chính của Sở", "announcedOn", "2025-06-02"));
        // a dossier of the agency resolved this year, so that the figures are not all zero
        String dossier = desk.submitOk(Desk.dossier("MAU-SCT-RUOU-BB", List.of("DON-DE-NGHI", "GCN-DKDN", "DIA-DIEM",
                "NHA-CUNG-CAP"), "COMPLETE")).get("code").asText();
        desk.walkToTheEnd(dossier);

        assertThat(desk.api().send(Desk.CLERK, Desk.PASSWORD, HttpMethod.POST, REPORTS + "?year=2026&agency=" + AGENCY, null)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> future = desk.api().send(SECRETARY, Desk.PASSWORD, HttpMethod.POST, REPORTS + "?year=2027&agency="
                + AGENCY, null);
        assertThat(future.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(future.getBody()).contains("year");
        // an agency's quality team reports for their own agency only; an administrator names the agency
        assertThat(desk.api().send(SECRETARY, Desk.PASSWORD, HttpMethod.POST, REPORTS + "?year=2026&agency="
                + Desk.THACH_KHE, null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(desk.api().send("testadmin", "admin-secret", HttpMethod.POST, REPORTS + "?year=2026", null)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        ResponseEntity<String> started = desk.api().send(SECRETARY, Desk.PASSWORD, HttpMethod.POST, REPORTS + "?year=2026&agency="
                + AGENCY, null);
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.CREATED);
        String code = json.readTree(started.getBody()).get("code").asText();
        String instance = json.readTree(started.getBody()).get("processInstanceId").asText();
        assertThat(code).matches("BCISO-2026-\\d+");
        assertThat(desk.api().send(SECRETARY, Desk.PASSWORD, HttpMethod.POST, REPORTS + "?year=2026&agency=" + AGENCY, null)
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        // the secretary's step; the leader may not be skipped by a decision slipped into it
        Task prepare = openTask(instance);
        assertThat(prepare.getTaskDefinitionKey()).isEqualTo("Task_PrepareReport");
        assertThat(desk.complete(prepare, SECRETARY, Map.of("difficulties", "Cán bộ ISO kiêm nhiệm, thay đổi nhiều",
                "proposals", "Đề nghị Sở tổ chức tập huấn", "reportDecision", "SIGNED")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        Task sign = openTask(instance);
        assertThat(sign.getTaskDefinitionKey()).isEqualTo("Task_SignReport");
        assertThat(desk.complete(sign, LEADER, Map.of()).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(desk.complete(sign, SECRETARY, Map.of("reportDecision", "SIGNED")).getStatusCode().is4xxClientError()).isTrue();
        ResponseEntity<String> noReason = desk.complete(sign, LEADER, Map.of("reportDecision", "RETURNED"));
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noReason.getBody()).contains("returnReason");

        // a draft is the agency's own: the Department neither lists nor reads it
        assertThat(listed(json.readTree(desk.api().get(DOST, Desk.PASSWORD, REPORTS).getBody()), code)).isFalse();
        assertThat(desk.api().bytes(DOST, Desk.PASSWORD, REPORTS + "/" + code + "/report.pdf").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(pdfText(LEADER, code)).contains("dự thảo");

        assertThat(desk.complete(sign, LEADER, Map.of("reportDecision", "RETURNED", "returnReason", "Bổ sung số liệu đào tạo"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        Task again = openTask(instance);
        assertThat(again.getTaskDefinitionKey()).isEqualTo("Task_PrepareReport");
        assertThat(taskService.getVariable(again.getId(), "returnReason")).isEqualTo("Bổ sung số liệu đào tạo");
        // the report is the step's own: a forged reportCode writes into no other report
        assertThat(desk.complete(again, SECRETARY, Map.of("difficulties", "Cán bộ ISO kiêm nhiệm, thay đổi nhiều",
                "proposals", "Đề nghị Sở tổ chức tập huấn cho cán bộ mới", "reportCode", "BCISO-1999-1")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(desk.complete(openTask(instance), LEADER, Map.of("reportDecision", "SIGNED")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();

        // the Department reads the report as signed, with the report API's figures for the year and the agency
        JsonNode listed = json.readTree(desk.api().get(DOST, Desk.PASSWORD, REPORTS).getBody());
        assertThat(listed(listed, code)).isTrue();
        JsonNode totals = json.readTree(desk.api().get("chaudm", Desk.PASSWORD,
                "/api/reports/on-time?from=2026-01-01&to=2026-12-31&agency=" + AGENCY).getBody()).get(0);
        String text = pdfText(DOST, code);
        assertThat(text).contains("NĂM 2026", "Kính gửi: Sở Khoa học và Công nghệ", "1. Phạm vi áp dụng", "2. Tuyên truyền",
                "3. Sự phù hợp", "4. Tình hình thực hiện", "5. Xem xét của lãnh đạo", "6. Đánh giá nội bộ",
                "7. Sự không phù hợp", "8. Thay đổi văn bản pháp luật", "9. Khó khăn", "Đề nghị Sở tổ chức tập huấn cho cán bộ mới",
                "ngày 02/06/2025", "Hoàng Văn Nam").doesNotContain("dự thảo");
        long resolved = totals.get("resolvedEarly").asLong() + totals.get("resolvedOnTime").asLong() + totals.get("resolvedLate").asLong();
        assertThat(resolved).isPositive();
        assertThat(text).contains("Tổng cộng " + totals.get("receivedCarriedOver").asLong() + " + " + totals.get("receivedNew").asLong()
                + " " + resolved + " " + totals.get("resolvedEarly").asLong() + " " + totals.get("resolvedOnTime").asLong() + " "
                + totals.get("resolvedLate").asLong());
        assertThat(desk.api().get(Desk.CLERK, Desk.PASSWORD, REPORTS).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}
