package vn.motcua.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.calendar.ShippedCalendarMoments.vn;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A set of dossiers walks through the engine in June 2026 (early, on time, late, refused at intake and
 * after appraisal, withdrawn, one with two supplements); every report column is checked against what
 * the test itself expects. Counts are compared as differences, so earlier runs on the same database
 * do not matter. A joint dossier late at a consulted agency (March 2026) is checked in the drill-down.
 */
class OnTimeReportIT extends DeskIT {

    private static final String HOUSEHOLD = "MAU-XA-HKD";
    private static final List<String> PAPER = List.of("GIAY-DE-NGHI", "GIAY-TO-PHAP-LY");
    private static final String REPORT = "/api/reports/on-time?from=2026-06-01&to=2026-06-30&procedure=" + HOUSEHOLD;

    private JsonNode totals() throws Exception {
        ResponseEntity<String> response = desk.api().get("vinhnq", Desk.PASSWORD, REPORT);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode rows = json.readTree(response.getBody());
        return rows.isEmpty() ? json.createObjectNode() : rows.get(0);
    }

    private static long delta(JsonNode after, JsonNode before, String column) {
        return after.path(column).asLong(0) - before.path(column).asLong(0);
    }

    private String received() throws Exception {
        at(vn(2026, 6, 1, 9, 0));
        return desk.submitOk(Desk.dossier(HOUSEHOLD, PAPER, "COMPLETE")).get("code").asText();
    }

    private void supplementArrives(String code) {
        assertThat(desk.api().send(desk.clerkOf(code), Desk.PASSWORD, HttpMethod.POST, "/api/dossiers/" + code + "/supplement", null)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void everyColumnMatchesWhatHappened() throws Exception {
        JsonNode before = totals();

        // early: everything done on the day of receipt (due Thu 4/6 17:00)
        desk.walkToTheEnd(received());
        // on time: the result is ready on the due day
        String onTime = received();
        desk.handOver(onTime);
        at(vn(2026, 6, 4, 10, 0));
        desk.walkToTheEnd(onTime);
        // late: the result is ready the day after
        String late = received();
        at(vn(2026, 6, 5, 10, 0));
        desk.walkToTheEnd(late);
        // refused at intake: never received
        at(vn(2026, 6, 1, 9, 0));
        Map<String, Object> ineligible = Desk.dossier(HOUSEHOLD, PAPER, "INELIGIBLE");
        ineligible.put("refusalReason", "Ngành nghề kinh doanh bị cấm");
        desk.submitOk(ineligible);
        // refused after appraisal
        String refused = received();
        desk.handOver(refused);
        desk.completeOk(desk.openTask(refused), Map.of("appraisalOutcome", "REFUSE", "refusalReason", "Trùng tên"));
        desk.walkToTheEnd(refused);
        // withdrawn by the citizen
        String withdrawn = received();
        assertThat(desk.api().send(desk.clerkOf(withdrawn), Desk.PASSWORD, HttpMethod.POST, "/api/dossiers/" + withdrawn + "/withdrawal",
                Map.of("reason", "Không còn nhu cầu")).getStatusCode()).isEqualTo(HttpStatus.OK);
        // two supplements: Decision 766 counts it late whatever its time
        String twice = received();
        desk.handOver(twice);
        desk.completeOk(desk.openTask(twice), Map.of("appraisalOutcome", "SUPPLEMENT", "missingPapers", "Bản sao CCCD"));
        at(vn(2026, 6, 2, 9, 0));
        supplementArrives(twice);
        desk.completeOk(desk.openTask(twice), Map.of("appraisalOutcome", "SUPPLEMENT", "missingPapers", "Chữ ký"));
        at(vn(2026, 6, 3, 9, 0));
        supplementArrives(twice);
        desk.walkToTheEnd(twice);

        JsonNode after = totals();
        assertThat(delta(after, before, "receivedNew")).isEqualTo(6);
        assertThat(delta(after, before, "receivedInPerson")).isEqualTo(6);
        assertThat(delta(after, before, "receivedOnline")).isZero();
        assertThat(delta(after, before, "resolvedEarly")).isEqualTo(2);
        assertThat(delta(after, before, "resolvedOnTime")).isEqualTo(1);
        assertThat(delta(after, before, "resolvedLate")).isEqualTo(1);
        assertThat(delta(after, before, "refused")).isEqualTo(2);
        assertThat(delta(after, before, "withdrawn")).isEqualTo(1);
        assertThat(delta(after, before, "supplementRequests")).isEqualTo(2);
        assertThat(delta(after, before, "decision766Late")).isEqualTo(2);
        assertThat(delta(after, before, "stepsLate")).isGreaterThanOrEqualTo(1);
        if (before.path("resolvedEarly").asLong(0) == 0) {
            // only the dossiers of this test: 3 of 4 resolved on time, 3 statutory days each
            assertThat(after.get("onTimeRate").decimalValue()).isEqualByComparingTo("0.75");
            assertThat(after.get("averageStatutoryWorkingDays").decimalValue()).isEqualByComparingTo("3");
            // Decision 766: the late one, and the one with two supplements
            assertThat(after.get("decision766Late").asLong()).isEqualTo(2);
            assertThat(after.get("averageProcessingWorkingDays").decimalValue()).isPositive();
        }
    }

    @Test
    void aDossierLateAtAConsultedAgencyNamesThatAgencyInTheDrillDown() throws Exception {
        // the joint procedure for a child under six: the commune's share (2 working days from Thu 5/3 09:00)
        // is due Mon 9/3 09:00; everything is done on Fri 20/3, past the dossier's 7 working days
        at(vn(2026, 3, 5, 9, 0));
        String code = desk.submitChildUnderSixAndHandOver();
        at(vn(2026, 3, 20, 10, 0));
        desk.walkToTheEnd(code);

        ResponseEntity<String> response = desk.api().get("vinhnq", Desk.PASSWORD,
                "/api/reports/late-dossiers?from=2026-03-01&to=2026-03-31&procedure=MAU-LT-TRE-EM");
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode dossier = null;
        for (JsonNode candidate : json.readTree(response.getBody())) {
            if (candidate.get("code").asText().equals(code)) {
                dossier = candidate;
            }
        }
        assertThat(dossier).as(response.getBody()).isNotNull();
        JsonNode commune = null;
        for (JsonNode step : dossier.get("lateSteps")) {
            if (step.get("unit").asText().equals("000.31.20.H42")) {
                commune = step;
            }
        }
        assertThat(commune).as(dossier.toString()).isNotNull();
        assertThat(commune.get("step").asText()).isEqualTo("Ủy ban nhân dân xã Thạch Khê");
        assertThat(OffsetDateTime.parse(commune.get("dueAt").asText())).isEqualTo(vn(2026, 3, 9, 9, 0).toOffsetDateTime());
        // the page shows names, not ids
        JsonNode units = json.readTree(desk.api().get("vinhnq", Desk.PASSWORD, "/api/reports/units").getBody());
        assertThat(units.path("000.31.20.H42").asText()).isNotBlank().isNotEqualTo("000.31.20.H42");
        assertThat(units.path("xa-tu-phap-ho-tich").asText()).isNotBlank().isNotEqualTo("xa-tu-phap-ho-tich");
        assertThat(units.path("one-stop-clerk").asText()).isNotBlank().isNotEqualTo("one-stop-clerk");
    }

    @Test
    void theReportComesAsCsvAndXlsxWithVietnameseHeadings() {
        ResponseEntity<byte[]> csv = desk.api().bytes("vinhnq", Desk.PASSWORD, REPORT + "&format=csv");
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(new String(csv.getBody(), StandardCharsets.UTF_8)).contains("Giải quyết đúng hạn", "Tỷ lệ đúng hạn");
        assertThat(desk.api().bytes("vinhnq", Desk.PASSWORD, REPORT + "&format=xlsx&groupBy=month").getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void theFilesNameTheirRowsAndShowRatesAsPercentages() throws Exception {
        // given a dossier of June resolved early, so that every file has rows
        desk.walkToTheEnd(received());

        // the CSV's row of totals is "Tổng cộng", its rates percentages with a decimal comma
        String csv = new String(desk.api().bytes("vinhnq", Desk.PASSWORD, REPORT + "&format=csv").getBody(),
                StandardCharsets.UTF_8);
        List<String> headings = cells(csv.lines().toList().get(0).substring(1));
        List<String> totals = cells(csv.lines().toList().get(1));
        assertThat(totals.get(0)).isEqualTo("Tổng cộng");
        assertThat(totals.get(headings.indexOf("Tỷ lệ đúng hạn"))).matches("\\d{1,3},\\d %");
        assertThat(totals.get(headings.indexOf("Thời hạn theo quy định trung bình (ngày làm việc)"))).isEqualTo("3");
        assertThat(csv).doesNotContain("TOTAL", "0.", "1.0000");

        // the spreadsheet by department names each unit, never a group id, and formats rates as percentages
        ResponseEntity<byte[]> xlsx = desk.api().bytes("vinhnq", Desk.PASSWORD, REPORT + "&format=xlsx&groupBy=department");
        assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<String> units = new java.util.ArrayList<>();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx.getBody()))) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(0);
            int rate = ReportColumns.index(sheet, "Tỷ lệ đúng hạn");
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                units.add(sheet.getRow(r).getCell(0).getStringCellValue());
                org.apache.poi.ss.usermodel.Cell cell = sheet.getRow(r).getCell(rate);
                if (cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    assertThat(cell.getCellStyle().getDataFormatString()).contains("%");
                }
            }
        }
        assertThat(units).contains("Trung tâm Phục vụ hành chính công xã Thạch Khê – Bộ phận tiếp nhận và trả kết quả",
                "UBND xã Thạch Khê – Phòng Kinh tế")
                .noneMatch(unit -> unit.matches("[a-z0-9-]+"));
    }

    /** The cells of a CSV line, quotes undone. */
    private static List<String> cells(String line) {
        List<String> cells = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    /** Columns of a report sheet by their heading. */
    private static final class ReportColumns {
        static int index(org.apache.poi.ss.usermodel.Sheet sheet, String heading) {
            for (org.apache.poi.ss.usermodel.Cell cell : sheet.getRow(0)) {
                if (heading.equals(cell.getStringCellValue())) {
                    return cell.getColumnIndex();
                }
            }
            throw new AssertionError("no column " + heading);
        }
    }

    @Test
    void badParametersAreNamedAndStaffWithoutReportRightsAreRefused() throws Exception {
        ResponseEntity<String> bad = desk.api().get("vinhnq", Desk.PASSWORD,
                "/api/reports/on-time?from=2026-13-01&to=2026-06-30&groupBy=week");
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(bad.getBody()).get("errors").findValuesAsText("field")).containsExactly("from", "groupBy");
        assertThat(desk.api().get("minhtv", Desk.PASSWORD, REPORT).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void cockpitShowsManagersTheOverdueSteps() throws Exception {
        // a dossier whose handover (due Mon 1/6 17:00) is still open on Tuesday
        String code = received();
        at(vn(2026, 6, 2, 9, 0));

        ResponseEntity<String> overdue = desk.api().get("vinhnq", Desk.PASSWORD, "/api/reports/overdue");

        assertThat(overdue.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode step = null;
        for (JsonNode candidate : json.readTree(overdue.getBody()).get("steps")) {
            if (candidate.get("dossierCode").asText().equals(code)) {
                step = candidate;
            }
        }
        assertThat(step).isNotNull();
        assertThat(step.get("overdue").asBoolean()).isTrue();
        // the handover of xã Thạch Khê's desk, which received the household dossier (README "Organisation")
        assertThat(step.get("unit").asText()).isEqualTo("mot-cua-thach-khe");
        assertThat(step.get("processInstanceId").asText()).isEqualTo(desk.openTask(code).getProcessInstanceId());
        // the dashboard entry's script is served to Cockpit
        assertThat(rest.getForEntity("/camunda/api/cockpit/plugin/motcua-overdue/static/app/plugin.js", String.class)
                .getBody()).contains("Hồ sơ quá hạn / sắp đến hạn", "cockpit.dashboard");
    }
}
