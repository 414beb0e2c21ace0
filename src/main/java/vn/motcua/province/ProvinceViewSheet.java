package vn.motcua.province;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.motcua.calendar.VietnamTime;

/** The province view as a spreadsheet: one row per agency, rates as percentages, each QMS check as Đạt / Chưa đạt. */
public final class ProvinceViewSheet {

    private ProvinceViewSheet() {
    }

    public static void write(ProvinceView.View view, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0.0%"));
            Sheet sheet = book.createSheet("Các cơ quan");
            var title = sheet.createRow(0).createCell(0);
            title.setCellValue("Kết quả giải quyết hồ sơ và Hệ thống quản lý chất lượng của các cơ quan (tại ngày "
                    + VietnamTime.DAY.format(view.on()) + ")");
            title.setCellStyle(bold);
            List<String> headings = new ArrayList<>(List.of("Mã cơ quan", "Cơ quan", "Đối tượng áp dụng ISO",
                    "Tỷ lệ đúng hạn tháng", "Đã giải quyết trong tháng", "Tỷ lệ đúng hạn năm", "Đã giải quyết trong năm",
                    "Đang giải quyết quá hạn", "Đang giải quyết", "Tiêu chí ISO đạt / đánh giá được", "Điểm"));
            for (InspectionCheck check : InspectionCheck.values()) {
                if (check != InspectionCheck.ON_TIME) {
                    headings.add(check.title());
                }
            }
            Row head = sheet.createRow(1);
            for (int c = 0; c < headings.size(); c++) {
                head.createCell(c).setCellValue(headings.get(c));
                head.getCell(c).setCellStyle(bold);
                sheet.setColumnWidth(c, (c == 1 ? 36 : 18) * 256);
            }
            int r = 2;
            for (ProvinceView.AgencyRow agency : view.agencies()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(agency.agencyCode());
                row.createCell(1).setCellValue(agency.agencyName());
                row.createCell(2).setCellValue(agency.obligationLabel());
                rate(row, 3, agency.onTimeRateMonth(), percent);
                row.createCell(4).setCellValue(agency.resolvedMonth());
                rate(row, 5, agency.onTimeRateYear(), percent);
                row.createCell(6).setCellValue(agency.resolvedYear());
                row.createCell(7).setCellValue(agency.overdueNow());
                row.createCell(8).setCellValue(agency.inProgressNow());
                row.createCell(9).setCellValue(agency.qmsMet() + " / " + agency.qmsDecided());
                if (agency.score() != null) {
                    row.createCell(10).setCellValue(agency.score().doubleValue());
                }
                int c = 11;
                for (ProvinceView.Health health : agency.qms()) {
                    row.createCell(c++).setCellValue(health.met() == null ? "—" : health.met() ? "Đạt" : "Chưa đạt");
                }
            }
            book.write(out);
        }
    }

    private static void rate(Row row, int column, BigDecimal rate, CellStyle percent) {
        if (rate != null) {
            row.createCell(column).setCellValue(rate.doubleValue());
            row.getCell(column).setCellStyle(percent);
        }
    }
}
