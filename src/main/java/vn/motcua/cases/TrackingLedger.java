package vn.motcua.cases;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.PageSize;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;

import vn.motcua.measurement.Timeliness;
import vn.motcua.print.PrintedForm;

/**
 * Sổ theo dõi hồ sơ (form 06): one row per dossier of the year, as an A4 PDF to print and file, and
 * as a spreadsheet for the agency's own reports.
 */
@Service
public class TrackingLedger {

    static final String TITLE = "SỔ THEO DÕI HỒ SƠ";
    static final List<String> HEADERS = List.of("STT", "Mã hồ sơ", "Thủ tục", "Tổ chức, cá nhân", "Kênh nộp",
            "Ngày tiếp nhận", "Ngày hẹn trả", "Ngày có kết quả", "Tình trạng", "Đánh giá", "Ghi chú");

    private final DossierRepository dossiers;

    TrackingLedger(DossierRepository dossiers) {
        this.dossiers = dossiers;
    }

    public byte[] pdf(int year, String agencyCode) {
        return new PrintedForm(TITLE + " " + year, PageSize.A4.rotate())
                .title(TITLE + " NĂM " + year + (agencyCode == null ? "" : " – " + agencyCode))
                .table(new float[] {0.6f, 3.2f, 4, 2.6f, 1.3f, 2, 2, 2, 2, 1.3f, 2.4f}, HEADERS, rows(year, agencyCode))
                .finish();
    }

    public byte[] xlsx(int year, String agencyCode) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Sổ theo dõi " + year);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(HEADERS.get(i));
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (List<String> values : rows(year, agencyCode)) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    row.createCell(i).setCellValue(values.get(i) == null ? "" : values.get(i));
                }
            }
            for (int i = 0; i < HEADERS.size(); i++) {
                sheet.setColumnWidth(i, i == 2 ? 60 * 256 : 22 * 256);
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<List<String>> rows(int year, String agencyCode) {
        List<List<String>> rows = new ArrayList<>();
        int number = 1;
        for (Dossier dossier : dossiers.ofYear(year, agencyCode)) {
            Timeliness timeliness = dossier.resultAt() == null || dossier.dueAt() == null ? null
                    : Timeliness.judge(dossier.resultAt().toZonedDateTime(), dossier.dueAt().toZonedDateTime());
            String state = dossier.outcome() != null ? dossier.outcome().label() : dossier.status().label();
            String note = dossier.supplementCount() > 0 ? "Bổ sung " + dossier.supplementCount() + " lần" : "";
            rows.add(List.of(String.valueOf(number++), dossier.code(), dossier.procedureName(),
                    dossier.applicant().name(), dossier.channel().label(), PrintedForm.moment(dossier.receivedAt()),
                    PrintedForm.moment(dossier.dueAt()), PrintedForm.moment(dossier.resultAt()), state,
                    timeliness == null ? "" : timeliness.label(), note));
        }
        return rows;
    }
}
