package vn.motcua.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Forms 01–05 and the tracking ledger open as PDF (and XLSX) with correct Vietnamese text; the receipt's QR
 * code holds the lookup page's link with the dossier's code and token.
 */
class PrintedFormsIT extends DeskIT {

    private static final String LIQUOR = "MAU-SCT-RUOU-BB";
    private static final List<String> PAPERS = List.of("DON-DE-NGHI", "GCN-DKDN", "DIA-DIEM", "NHA-CUNG-CAP");

    private String pdfText(String user, String path) throws Exception {
        ResponseEntity<byte[]> pdf = desk.api().bytes(user, Desk.PASSWORD, path);
        assertThat(pdf.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        PdfReader reader = new PdfReader(pdf.getBody());
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    @Test
    void theDesksReceiptOpensTheLookupPageWithCodeAndToken() throws Exception {
        JsonNode submitted = desk.submitOk(Desk.dossier(LIQUOR, PAPERS, "COMPLETE"));
        String code = submitted.get("code").asText();
        String token = submitted.get("lookupToken").asText();

        ResponseEntity<byte[]> pdf = desk.api().bytes(Desk.CLERK, Desk.PASSWORD, "/api/dossiers/" + code + "/receipt.pdf");

        // app.public.base-url defaults to http://localhost:8080
        assertThat(QrCodes.decode(pdf.getBody(), 150)).isEqualTo("http://localhost:8080/tra-cuu.html#ma=" + code + "&t=" + token);
        // form 01 of the set in force, and the agency's place before the date (app.cases.places)
        assertThat(pdfText(Desk.CLERK, "/api/dossiers/" + code + "/receipt.pdf"))
                .contains("Mẫu số 01", "Hà Tĩnh, ngày 05 tháng 03 năm 2026");
    }

    @Test
    void theSupplementRequestListsWhatIsMissing() throws Exception {
        Map<String, Object> body = Desk.dossier(LIQUOR, List.of("DON-DE-NGHI"), "INCOMPLETE");
        body.put("missingPapers", "Bản sao Giấy chứng nhận đăng ký doanh nghiệp");
        String code = desk.submitOk(body).get("code").asText();

        assertThat(pdfText(Desk.CLERK, "/api/dossiers/" + code + "/supplement-request.pdf"))
                .contains(DossierForms.SUPPLEMENT_TITLE, code, "Bản sao Giấy chứng nhận đăng ký doanh nghiệp", "Nguyễn Văn Bảo");
        assertThat(desk.api().bytes(Desk.CLERK, Desk.PASSWORD, "/api/dossiers/" + code + "/refusal.pdf").getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void theRefusalGivesItsReason() throws Exception {
        Map<String, Object> body = Desk.dossier(LIQUOR, PAPERS, "INELIGIBLE");
        body.put("refusalReason", "Địa điểm kinh doanh nằm ngoài địa bàn tỉnh");
        String code = desk.submitOk(body).get("code").asText();

        assertThat(pdfText(Desk.CLERK, "/api/dossiers/" + code + "/refusal.pdf"))
                .contains(DossierForms.REFUSAL_TITLE, "Địa điểm kinh doanh nằm ngoài địa bàn tỉnh");
    }

    @Test
    void theProcessControlSheetHasOneRowPerHandover() throws Exception {
        String code = desk.submitOk(Desk.dossier(LIQUOR, PAPERS, "COMPLETE")).get("code").asText();
        desk.walkToTheEnd(code);

        String sheet = pdfText(Desk.CLERK, "/api/dossiers/" + code + "/control-sheet.pdf").replaceAll("\\s+", " ");

        assertThat(sheet).contains(DossierForms.CONTROL_SHEET_TITLE, "Thẩm định hồ sơ", "Xem xét dự thảo, trình ký",
                "Ký duyệt kết quả", "Trả kết quả cho tổ chức, công dân", "Trần Văn Minh", "Trước hạn",
                "Sở Công Thương – Ban Giám đốc");
        assertThat(sheet).as("units and people by name, never by id").doesNotContain("one-stop-clerk", "sct-lanh-dao");
    }

    @Test
    void theTrackingLedgerOfTheYearHasTheOfficialColumnsAsPdfAndSpreadsheet() throws Exception {
        // given a dossier received Thu 5/3/2026 09:00 and handed to the department at 10:00
        String code = desk.submitOk(Desk.dossier(LIQUOR, PAPERS, "COMPLETE")).get("code").asText();
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(
                vn.motcua.calendar.ShippedCalendarMoments.vn(2026, 3, 5, 10, 0).toInstant()));
        desk.completeOk(desk.openTask(code), Map.of());

        // the PDF: the desk's header, the form's number (Circular 03/2025: 07), the official columns
        // (the text as printed, each cell's lines one after the other; a code may break after its dash)
        assertThat(pdfText("lannt", "/api/ledger/2026.pdf").replaceAll("\\s+", " ")).contains("Mẫu số 07",
                "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH", TrackingLedger.TITLE + " NĂM 2026", "Địa chỉ, số điện thoại",
                "Chuyển hồ sơ đến cơ quan giải quyết", "Trả kết quả cho tổ chức, cá nhân", "Ký nhận",
                code.substring(code.indexOf('-') + 1));
        // the spreadsheet: the same header above the columns, and the dossier's row
        ResponseEntity<byte[]> xlsx = desk.api().bytes("lannt", Desk.PASSWORD, "/api/ledger/2026.xlsx");
        assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH");
            assertThat(sheet.getRow(0).getCell(TrackingLedger.HEADERS.size() - 1).getStringCellValue()).isEqualTo("Mẫu số 07");
            List<String> headings = new java.util.ArrayList<>();
            sheet.getRow(TrackingLedger.HEADER_ROW).forEach(cell -> headings.add(cell.getStringCellValue()));
            assertThat(headings).containsExactly("STT", "Mã hồ sơ", "Tên thủ tục hành chính", "Số lượng hồ sơ (bộ)",
                    "Tên tổ chức, cá nhân", "Địa chỉ, số điện thoại", "Cơ quan chủ trì giải quyết", "Nhận hồ sơ",
                    "Hẹn trả kết quả", "Chuyển hồ sơ đến cơ quan giải quyết", "Nhận kết quả từ cơ quan giải quyết",
                    "Trả kết quả cho tổ chức, cá nhân", "Ký nhận", "Ghi chú");
            List<String> row = null;
            for (int r = TrackingLedger.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
                if (code.equals(sheet.getRow(r).getCell(1).getStringCellValue())) {
                    row = new java.util.ArrayList<>();
                    for (int c = 0; c < headings.size(); c++) {
                        row.add(sheet.getRow(r).getCell(c).getStringCellValue());
                    }
                }
            }
            assertThat(row).as("the dossier's row").isNotNull();
            assertThat(row.get(2)).isEqualTo("Cấp Giấy phép bán buôn sản phẩm rượu");
            assertThat(row.get(4)).isEqualTo("Nguyễn Văn Bảo");
            assertThat(row.get(5)).isEqualTo("Số 12 đường Trần Phú, phường Bắc Hà, 0912345678");
            assertThat(row.get(6)).isEqualTo("Sở Công Thương");
            assertThat(row.get(7)).isEqualTo("09:00 05/03/2026");
            assertThat(row.get(8)).isEqualTo("17:00 19/03/2026");
            assertThat(row.get(9)).isEqualTo("10:00 05/03/2026");
            assertThat(row.get(12)).as("the citizen signs here on paper").isEmpty();
        }
        assertThat(desk.api().bytes("minhtv", Desk.PASSWORD, "/api/ledger/2026.xlsx").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }
}
