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
    void theTrackingLedgerOfTheYearAsPdfAndSpreadsheet() throws Exception {
        String code = desk.submitOk(Desk.dossier(LIQUOR, PAPERS, "COMPLETE")).get("code").asText();

        assertThat(pdfText("chaudm", "/api/ledger/2026.pdf")).contains(TrackingLedger.TITLE, code);
        ResponseEntity<byte[]> xlsx = desk.api().bytes("chaudm", Desk.PASSWORD, "/api/ledger/2026.xlsx");
        assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Mã hồ sơ");
            boolean found = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                found |= code.equals(sheet.getRow(r).getCell(1).getStringCellValue());
            }
            assertThat(found).isTrue();
        }
        assertThat(desk.api().bytes("minhtv", Desk.PASSWORD, "/api/ledger/2026.xlsx").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }
}
