package vn.motcua.province;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.motcua.calendar.VietnamTime;

/**
 * The register as a spreadsheet for the Department's yearly report: one sheet of agencies (one row each, with what
 * the register shows wrong), one of the people doing QMS work and their training. Dates as dd/MM/yyyy text, as
 * Vietnamese readers write them.
 */
public final class QmsRegisterSheet {

    static final List<String> AGENCY_HEADINGS = List.of("Mã cơ quan", "Tên cơ quan", "Đối tượng", "Căn cứ",
            "Phạm vi áp dụng", "Tiêu chuẩn", "Ngày công bố", "Văn bản công bố", "Cán bộ làm công tác ISO",
            "Đã được đào tạo", "Phát hiện");
    static final List<String> STAFF_HEADINGS = List.of("Mã cơ quan", "Tên cơ quan", "Họ và tên", "Nhiệm vụ",
            "Nhận nhiệm vụ từ", "Thôi nhiệm vụ từ", "Các khoá đào tạo");

    private QmsRegisterSheet() {
    }

    public static void write(List<QmsRegister.Entry> entries, LocalDate on, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet agencies = book.createSheet("Danh sách cơ quan");
            title(agencies, bold, "Danh sách cơ quan áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001 (tại ngày "
                    + VietnamTime.DAY.format(on) + ")");
            headings(agencies, bold, AGENCY_HEADINGS);
            int r = 2;
            for (QmsRegister.Entry entry : entries) {
                long active = entry.staff().stream().filter(QmsRegister.Staff::active).count();
                long trained = entry.staff().stream().filter(person -> person.active() && person.trained()).count();
                row(agencies.createRow(r++), entry.agencyCode(), entry.agencyName(), entry.obligationLabel(),
                        text(entry.obligationSource()), entry.scope(), entry.standard(), day(entry.announcedOn()),
                        text(entry.announcementRef()), active, trained,
                        entry.findings().stream().map(QmsRegister.Finding::text).collect(Collectors.joining("; ")));
            }
            Sheet staff = book.createSheet("Cán bộ làm công tác ISO");
            title(staff, bold, "Cán bộ làm công tác ISO và đào tạo (tại ngày " + VietnamTime.DAY.format(on) + ")");
            headings(staff, bold, STAFF_HEADINGS);
            r = 2;
            for (QmsRegister.Entry entry : entries) {
                for (QmsRegister.Staff person : entry.staff()) {
                    row(staff.createRow(r++), entry.agencyCode(), entry.agencyName(), person.fullName(), person.roleLabel(),
                            day(person.assignedOn()), day(person.leftOn()), person.trainings().stream()
                                    .map(t -> t.course() + " (" + VietnamTime.DAY.format(t.trainedOn()) + ")")
                                    .collect(Collectors.joining("; ")));
                }
            }
            for (Sheet sheet : List.of(agencies, staff)) {
                for (int c = 0; c < sheet.getRow(1).getLastCellNum(); c++) {
                    sheet.setColumnWidth(c, 24 * 256);
                }
            }
            book.write(out);
        }
    }

    private static void title(Sheet sheet, CellStyle bold, String text) {
        var cell = sheet.createRow(0).createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(bold);
    }

    private static void headings(Sheet sheet, CellStyle bold, List<String> headings) {
        Row row = sheet.createRow(1);
        for (int c = 0; c < headings.size(); c++) {
            row.createCell(c).setCellValue(headings.get(c));
            row.getCell(c).setCellStyle(bold);
        }
    }

    private static void row(Row row, Object... values) {
        for (int c = 0; c < values.length; c++) {
            if (values[c] instanceof Number number) {
                row.createCell(c).setCellValue(number.doubleValue());
            } else {
                row.createCell(c).setCellValue(String.valueOf(values[c]));
            }
        }
    }

    private static String day(LocalDate date) {
        return date == null ? "" : VietnamTime.DAY.format(date);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
