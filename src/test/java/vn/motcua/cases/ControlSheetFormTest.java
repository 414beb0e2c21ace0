package vn.motcua.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

import vn.motcua.measurement.StepOutcome;
import vn.motcua.measurement.StepRecord;
import vn.motcua.measurement.Timeliness;

/** The process-control sheet (form 05) as printed from a dossier's step records. */
class ControlSheetFormTest {

    @Test
    void theControlSheetListsEveryHandoverByNameWithTheSendBacksAndTheirReasons() throws Exception {
        Dossier dossier = ReceiptFormTest.sampleDossier();
        OffsetDateTime start = dossier.receivedAt();
        List<StepRecord> steps = List.of(
                new StepRecord("t1", dossier.code(), "Task_HandOverDossier", "Chuyển hồ sơ cho đơn vị giải quyết",
                        "one-stop-clerk", "000.00.12.H42", null, start, start.plusHours(8), start.plusHours(1), "lannt",
                        Timeliness.ON_TIME, "TASK", StepOutcome.DONE, null),
                new StepRecord("t2", dossier.code(), "Task_AppraiseDossier", "Thẩm định hồ sơ",
                        "sct-quan-ly-thuong-mai", "000.00.12.H42", null, start.plusHours(1), start.plusDays(7),
                        start.plusDays(9), "minhtv", Timeliness.LATE, "TASK", StepOutcome.DONE, "Hồ sơ hợp lệ"),
                new StepRecord("t3", dossier.code(), "Task_ReviewDraft", "Xem xét dự thảo, trình ký",
                        "sct-quan-ly-thuong-mai-lanh-dao", "000.00.12.H42", null, start.plusDays(9), start.plusDays(11),
                        start.plusDays(10), "hoalt", Timeliness.EARLY, "TASK", StepOutcome.SENT_BACK,
                        "Thiếu căn cứ pháp lý trong dự thảo"),
                new StepRecord("t4", dossier.code(), "Task_AppraiseDossier", "Thẩm định hồ sơ",
                        "sct-quan-ly-thuong-mai", "000.00.12.H42", null, start.plusDays(10), start.plusDays(12),
                        null, null, null, "TASK", null, null));
        Map<String, String> people = Map.of("lannt", "Nguyễn Thị Lan", "minhtv", "Trần Văn Minh", "hoalt", "Lê Thị Hoa");
        Map<String, String> units = Map.of("one-stop-clerk", "Công chức Bộ phận Một cửa",
                "sct-quan-ly-thuong-mai", "Phòng Quản lý Thương mại",
                "sct-quan-ly-thuong-mai-lanh-dao", "Lãnh đạo Phòng Quản lý Thương mại");

        byte[] pdf = DossierForms.controlSheet(vn.motcua.law.ShippedRules.RULES.formSetOn(DossierForms.receiptDay(dossier)), dossier, "Sở Công Thương", steps, people::get, units::get);
        Files.write(Path.of("target", "control-sheet-sample.pdf"), pdf);

        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1).replaceAll("\\s+", " ");
        assertThat(text).contains(DossierForms.CONTROL_SHEET_TITLE, "Nguyễn Thị Lan", "Trần Văn Minh", "Lê Thị Hoa",
                "Phòng Quản lý Thương mại", "Thẩm định hồ sơ", "Quá hạn", "Trả lại", "Thiếu căn cứ pháp lý",
                "Đang xử lý");
        assertThat(text).as("ids are never printed").doesNotContain("one-stop-clerk", "sct-quan-ly", "hoalt");
    }
}
