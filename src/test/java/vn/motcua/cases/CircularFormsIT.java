package vn.motcua.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.calendar.ShippedCalendarMoments.vn;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The forms of Circular 03/2025/TT-VPCP through the real engine (README 'Biểu mẫu in / Printed forms'): the stop
 * notice (05) of a withdrawn and of an abandoned dossier with its ground, the apology requesting the extension
 * (04) of a dossier received in 2026 against the 2018 apology of one received in May 2025, and the forms the
 * dossier API lists for each.
 */
class CircularFormsIT extends DeskIT {

    private static final String LIQUOR = "MAU-SCT-RUOU-BB";
    private static final List<String> PAPERS = List.of("DON-DE-NGHI", "GCN-DKDN", "DIA-DIEM", "NHA-CUNG-CAP");
    /** Phạm Quốc Huy works in another department of the same agency: he may not read the dossier. */
    private static final String STRANGER = "huypq";

    /** The PDF's text as printed, its whitespace runs made one space (long titles wrap). */
    private String pdfText(String user, String path) throws Exception {
        ResponseEntity<byte[]> pdf = desk.api().bytes(user, Desk.PASSWORD, path);
        assertThat(pdf.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        PdfReader reader = new PdfReader(pdf.getBody());
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        return text.toString().replaceAll("\\s+", " ");
    }

    /** The dossier API's forms as "number title url" lines. */
    private List<String> forms(String code) throws Exception {
        List<String> forms = new ArrayList<>();
        for (JsonNode form : desk.read(code).get("forms")) {
            forms.add(form.get("number").asText() + " " + form.get("title").asText() + " " + form.get("url").asText());
        }
        return forms;
    }

    private String receivedAndHandedOver(ZonedDateTime when) throws Exception {
        at(when);
        String code = desk.submitOk(Desk.dossier(LIQUOR, PAPERS, "COMPLETE")).get("code").asText();
        desk.completeOk(desk.openTask(code), Map.of());
        return code;
    }

    private void withdraw(String code) {
        ResponseEntity<String> withdrawn = desk.api().send(Desk.CLERK, Desk.PASSWORD, HttpMethod.POST,
                "/api/dossiers/" + code + "/withdrawal", Map.of("reason", "Công dân không còn nhu cầu"));
        assertThat(withdrawn.getStatusCode()).as(withdrawn.getBody()).isEqualTo(HttpStatus.OK);
    }

    private String apologyTaskName(String code) {
        return taskService.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey(DossierApologies.TASK)
                .singleResult().getName();
    }

    private void apologise(String code, String newReturnDate) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(code)
                .taskDefinitionKey(DossierApologies.TASK).singleResult();
        assertThat(task).as("the apology task of " + code).isNotNull();
        desk.completeOk(task, Map.of("apologyReason", "Cần xác minh thêm với cơ quan thuế", "newReturnDate", newReturnDate));
    }

    @Test
    void aWithdrawnDossierGetsTheStopNoticeWithItsGroundReadByExactlyWhoReadsTheDossier() throws Exception {
        String code = receivedAndHandedOver(vn(2026, 3, 5, 9, 0));
        String path = "/api/dossiers/" + code + "/stop-notice.pdf";
        // while it runs there is no stop notice
        ResponseEntity<String> running = desk.api().get(Desk.CLERK, Desk.PASSWORD, path);
        assertThat(running.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(json.readTree(running.getBody()).get("detail").asText()).contains("không bị dừng giải quyết");

        at(vn(2026, 3, 9, 10, 0));
        withdraw(code);

        assertThat(pdfText(Desk.CLERK, path)).contains("Mẫu số 05", DossierForms.STOP_NOTICE_TITLE, code,
                "Hà Tĩnh, ngày 09 tháng 03 năm 2026", "Nguyễn Văn Bảo", "Cấp Giấy phép bán buôn sản phẩm rượu",
                "10 giờ 00 phút, ngày 09/03/2026", StopGrounds.DEFAULTS.get(DossierOutcome.WITHDRAWN).text(),
                "Công dân không còn nhu cầu", "Căn cứ pháp lý: Chưa xác định văn bản quy định");
        // the department that had the dossier reads it; another department does not, as for every form
        assertThat(pdfText("minhtv", path)).contains(DossierForms.STOP_NOTICE_TITLE);
        assertThat(desk.api().bytes(STRANGER, Desk.PASSWORD, path).getStatusCode())
                .isEqualTo(desk.api().bytes(STRANGER, Desk.PASSWORD, "/api/dossiers/" + code + "/receipt.pdf").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(desk.api().bytes(Desk.CLERK, Desk.PASSWORD, "/api/dossiers/KHONG-CO/stop-notice.pdf").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        String base = "/api/dossiers/" + code + "/";
        assertThat(forms(code)).containsExactly(
                "01 Giấy tiếp nhận hồ sơ và hẹn trả kết quả " + base + "receipt.pdf",
                "05 Thông báo dừng giải quyết hồ sơ " + base + "stop-notice.pdf",
                "06 Phiếu kiểm soát quá trình giải quyết hồ sơ " + base + "control-sheet.pdf");
    }

    @Test
    void anAbandonedDossierGetsTheStopNoticeOnTheGroundOfTheSupplementNeverBrought() throws Exception {
        String code = receivedAndHandedOver(vn(2026, 3, 5, 9, 0));
        desk.completeOk(desk.openTask(code), Map.of("appraisalOutcome", "SUPPLEMENT", "missingPapers", "Đơn đề nghị"));
        // thirty working days later (Hùng Kings' day in lieu and 30/4–1/5 skipped)
        at(vn(2026, 4, 22, 10, 0));
        fireDueTimers(code);
        assertThat(desk.read(code).get("outcome").asText()).isEqualTo("ABANDONED");

        assertThat(pdfText(Desk.CLERK, "/api/dossiers/" + code + "/stop-notice.pdf")).contains("Mẫu số 05",
                StopGrounds.DEFAULTS.get(DossierOutcome.ABANDONED).text(), "Chưa xác định văn bản quy định")
                .doesNotContain("Lý do do tổ chức, cá nhân nêu");
        assertThat(forms(code)).extracting(form -> form.substring(0, 2)).containsExactly("01", "02", "05", "06");
    }

    @Test
    void aDossierReceivedIn2026PrintsThe2025SetAndItsApologyRequestsTheExtension() throws Exception {
        String code = receivedAndHandedOver(vn(2026, 3, 5, 9, 0));
        at(vn(2026, 3, 18, 17, 1));
        fireDueTimers(code);
        // the 2025 set: the task asks for the extension under its 2025 name, and the agency's leader approves it
        assertThat(apologyTaskName(code)).isEqualTo("Lập Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết");
        apologise(code, "2026-03-23");
        assertThat(desk.read(code).get("forms").toString()).doesNotContain("apology.pdf");
        assertThat(desk.approveExtension(code).get("approvedBy").asText()).isEqualTo("namhv");

        assertThat(pdfText("minhtv", "/api/dossiers/" + code + "/apology.pdf")).contains("Mẫu số 04",
                DossierForms.APOLOGY_2025_TITLE, "đề nghị người có thẩm quyền cho gia hạn thời gian giải quyết hồ sơ đến",
                "17 giờ 00 phút, ngày 23/03/2026", "Cần xác minh thêm với cơ quan thuế",
                "Người có thẩm quyền đồng ý gia hạn: Hoàng Văn Nam")
                .doesNotContain(DossierForms.APOLOGY_TITLE);
        assertThat(pdfText(Desk.CLERK, "/api/dossiers/" + code + "/receipt.pdf")).contains("Mẫu số 01");
        assertThat(pdfText(Desk.CLERK, "/api/dossiers/" + code + "/control-sheet.pdf")).contains("Mẫu số 06");

        String base = "/api/dossiers/" + code + "/";
        assertThat(forms(code)).containsExactly(
                "01 Giấy tiếp nhận hồ sơ và hẹn trả kết quả " + base + "receipt.pdf",
                "04 Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết " + base + "apology.pdf",
                "06 Phiếu kiểm soát quá trình giải quyết hồ sơ " + base + "control-sheet.pdf");
    }

    @Test
    void aDossierReceivedInMay2025PrintsThe2018SetWhichHasNoStopNotice() throws Exception {
        // received Thu 8/5/2025 09:00: Circular 01/2018/TT-VPCP is in force until 14/9/2025
        String code = receivedAndHandedOver(vn(2025, 5, 8, 9, 0));
        OffsetDateTime due = OffsetDateTime.parse(desk.read(code).get("dueAt").asText());
        at(due.plusMinutes(1).toZonedDateTime());
        fireDueTimers(code);
        // the 2018 set: Phiếu xin lỗi, in force at once, nobody to approve it
        assertThat(apologyTaskName(code)).isEqualTo("Ban hành Phiếu xin lỗi và hẹn lại ngày trả kết quả");
        apologise(code, due.toLocalDate().plusDays(4).toString());
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(code)
                .taskDefinitionKey(DossierApologies.APPROVAL_TASK).count()).isZero();

        String apology = pdfText("minhtv", "/api/dossiers/" + code + "/apology.pdf");
        assertThat(apology).contains("Mẫu số 04", DossierForms.APOLOGY_TITLE, "Cần xác minh thêm với cơ quan thuế")
                .doesNotContain(DossierForms.APOLOGY_2025_TITLE, "gia hạn");
        assertThat(pdfText(Desk.CLERK, "/api/dossiers/" + code + "/receipt.pdf")).contains("Mẫu số 01");
        assertThat(pdfText(Desk.CLERK, "/api/dossiers/" + code + "/control-sheet.pdf")).contains("Mẫu số 05")
                .doesNotContain("Mẫu số 06");

        // withdrawn, it stops: but the 2018 set has no form for that
        withdraw(code);
        ResponseEntity<String> notice = desk.api().get(Desk.CLERK, Desk.PASSWORD, "/api/dossiers/" + code + "/stop-notice.pdf");
        assertThat(notice.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(json.readTree(notice.getBody()).get("detail").asText()).contains("Thông tư 01/2018/TT-VPCP");

        String base = "/api/dossiers/" + code + "/";
        assertThat(forms(code)).containsExactly(
                "01 Giấy tiếp nhận hồ sơ và hẹn trả kết quả " + base + "receipt.pdf",
                "04 Phiếu xin lỗi và hẹn lại ngày trả kết quả " + base + "apology.pdf",
                "05 Phiếu kiểm soát quá trình giải quyết hồ sơ " + base + "control-sheet.pdf");
    }
}
