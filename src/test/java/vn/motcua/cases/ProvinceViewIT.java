package vn.motcua.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Every agency side by side for the province's roles: an agency's on-time rates and overdue dossiers are the report
 * API's for the same periods and agency, its QMS checks come from the same records as the inspection's, its score
 * follows the configured weights; the export has the same rows; nobody else reads it.
 */
class ProvinceViewIT extends DeskIT {

    private static final String SCT = "000.00.12.H42";
    private static final String VIEW = "/api/province/agencies";

    private JsonNode report(String from, String to) throws Exception {
        JsonNode rows = json.readTree(desk.api().get("chaudm", Desk.PASSWORD, "/api/reports/on-time?from=" + from + "&to=" + to
                + "&agency=" + SCT).getBody());
        return rows.isEmpty() ? null : rows.get(0);
    }

    private static BigDecimal rate(JsonNode node) {
        return node == null || node.get("onTimeRate").isNull() ? null : node.get("onTimeRate").decimalValue();
    }

    @Test
    void everyAgencySideBySideWithTheReportApisFigures() throws Exception {
        desk.api().send("ngatt", Desk.PASSWORD, HttpMethod.PUT, "/api/province/register/" + SCT, Map.of("agencyName",
                "Sở Công Thương", "obligation", "MANDATORY", "scope", "Các thủ tục hành chính của Sở", "announcedOn", "2025-06-02"));
        String dossier = desk.submitOk(Desk.dossier("MAU-SCT-RUOU-BB", List.of("DON-DE-NGHI", "GCN-DKDN", "DIA-DIEM",
                "NHA-CUNG-CAP"), "COMPLETE")).get("code").asText();
        desk.walkToTheEnd(dossier);

        ResponseEntity<String> response = desk.api().get("vinhnq", Desk.PASSWORD, VIEW + "?on=2026-03-05");
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode view = json.readTree(response.getBody());
        JsonNode sct = null;
        for (JsonNode agency : view.get("agencies")) {
            if (SCT.equals(agency.get("agencyCode").asText())) {
                sct = agency;
            }
        }
        assertThat(sct).isNotNull();
        assertThat(sct.get("agencyName").asText()).isEqualTo("Sở Công Thương");
        assertThat(sct.get("registered").asBoolean()).isTrue();

        JsonNode year = report("2026-01-01", "2026-03-05");
        JsonNode month = report("2026-03-01", "2026-03-05");
        long resolved = year.get("resolvedEarly").asLong() + year.get("resolvedOnTime").asLong() + year.get("resolvedLate").asLong();
        assertThat(resolved).isPositive();
        assertThat(sct.get("resolvedYear").asLong()).isEqualTo(resolved);
        assertThat(sct.get("onTimeRateYear").decimalValue()).isEqualByComparingTo(rate(year));
        assertThat(sct.get("onTimeRateMonth").decimalValue()).isEqualByComparingTo(rate(month));
        assertThat(sct.get("overdueNow").asLong()).isEqualTo(year.get("inProgressOverdue").asLong());

        // the QMS checks, the twelve-month trend, the score by the default weights 60 / 30 / 10
        assertThat(sct.get("qms")).hasSize(7);
        assertThat(sct.at("/qms/0/check").asText()).isEqualTo("ANNOUNCED");
        assertThat(sct.at("/qms/0/met").asBoolean()).isTrue();
        assertThat(sct.get("trend")).hasSize(12);
        assertThat(sct.at("/trend/11/month").asText()).isEqualTo("2026-03");
        assertThat(sct.at("/trend/0/month").asText()).isEqualTo("2025-04");
        double weighted = 60 * rate(year).doubleValue();
        int weights = 60;
        if (sct.get("qmsDecided").asInt() > 0) {
            weighted += 30.0 * sct.get("qmsMet").asInt() / sct.get("qmsDecided").asInt();
            weights += 30;
        }
        long open = sct.get("inProgressNow").asLong();
        if (open > 0) {
            weighted += 10.0 * (open - sct.get("overdueNow").asLong()) / open;
            weights += 10;
        }
        assertThat(sct.get("score").decimalValue()).isEqualByComparingTo(
                BigDecimal.valueOf(weighted * 100 / weights).setScale(1, RoundingMode.HALF_UP));
        assertThat(view.at("/weights/onTime").asInt()).isEqualTo(60);

        ResponseEntity<byte[]> sheet = desk.api().bytes("ngatt", Desk.PASSWORD, VIEW + ".xlsx?on=2026-03-05");
        assertThat(sheet.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(sheet.getBody()))) {
            Sheet agencies = book.getSheetAt(0);
            boolean found = false;
            for (int r = 2; r <= agencies.getLastRowNum(); r++) {
                if (SCT.equals(agencies.getRow(r).getCell(0).getStringCellValue())) {
                    found = true;
                    assertThat(agencies.getRow(r).getCell(6).getNumericCellValue()).isEqualTo(resolved);
                }
            }
            assertThat(found).isTrue();
        }

        for (String outsider : List.of(Desk.CLERK, "chaudm", "trangdt", "namhv")) {
            assertThat(desk.api().get(outsider, Desk.PASSWORD, VIEW).getStatusCode()).as(outsider).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(desk.api().get("vinhnq", Desk.PASSWORD, VIEW + "?on=2026-03-06").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(desk.api().get(null, null, "/province").getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
