package vn.motcua.cases;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.PageSize;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
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

    /** Rows a streaming spreadsheet keeps in memory before flushing them to its temporary file. */
    private static final int ROWS_IN_MEMORY = 200;

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
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeXlsx(year, agencyCode, out);
        return out.toByteArray();
    }

    /**
     * The spreadsheet written to the stream as the dossiers are read: a streaming workbook keeps a window
     * of rows in memory (the rest goes to a temporary file until written), so a busy agency's year costs
     * no more memory than a quiet one's.
     */
    public void writeXlsx(int year, String agencyCode, OutputStream out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
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
            for (int i = 0; i < HEADERS.size(); i++) {
                sheet.setColumnWidth(i, i == 2 ? 60 * 256 : 22 * 256);
            }
            sheet.createFreezePane(0, 1);
            int[] number = {1};
            dossiers.eachOfYear(year, agencyCode, dossier -> {
                List<String> values = row(number[0], dossier);
                Row row = sheet.createRow(number[0]++);
                for (int i = 0; i < values.size(); i++) {
                    row.createCell(i).setCellValue(values.get(i) == null ? "" : values.get(i));
                }
            });
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                workbook.close();
            } catch (IOException e) {
                // the temporary files are gone with close(); nothing else to release
            }
        }
    }

    private List<List<String>> rows(int year, String agencyCode) {
        List<List<String>> rows = new ArrayList<>();
        int number = 1;
        for (Dossier dossier : dossiers.ofYear(year, agencyCode)) {
            rows.add(row(number++, dossier));
        }
        return rows;
    }

    private static List<String> row(int number, Dossier dossier) {
        Timeliness timeliness = dossier.resultAt() == null || dossier.dueAt() == null ? null
                : Timeliness.judge(dossier.resultAt().toZonedDateTime(), dossier.dueAt().toZonedDateTime());
        String state = dossier.outcome() != null ? dossier.outcome().label() : dossier.status().label();
        String note = dossier.supplementCount() > 0 ? "Bổ sung " + dossier.supplementCount() + " lần" : "";
        return List.of(String.valueOf(number), dossier.code(), dossier.procedureName(),
                dossier.applicant().name(), dossier.channel().label(), PrintedForm.moment(dossier.receivedAt()),
                PrintedForm.moment(dossier.dueAt()), PrintedForm.moment(dossier.resultAt()), state,
                timeliness == null ? "" : timeliness.label(), note);
    }
}
