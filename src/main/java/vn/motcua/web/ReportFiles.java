package vn.motcua.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.motcua.measurement.ReportRow;

/**
 * The on-time report as files for people (CSV, XLSX): Vietnamese headings, each row named (never an id),
 * rates as percentages ("98,5 %") and decimals with a comma, as Vietnamese readers write them.
 */
final class ReportFiles {

    /** The name of the row of totals. */
    static final String TOTAL = "Tổng cộng";

    /** Vietnamese headings, in the order of {@link ReportRow}'s components. */
    static final List<String> HEADINGS = List.of("Nhóm", "Kỳ trước chuyển sang", "Mới tiếp nhận", "Trực tiếp",
            "Trực tuyến", "Bưu chính", "Giải quyết trước hạn", "Giải quyết đúng hạn", "Giải quyết quá hạn",
            "Đang giải quyết trong hạn", "Đang giải quyết quá hạn", "Chờ bổ sung", "Từ chối", "Rút hồ sơ",
            "Không bổ sung", "Tỷ lệ đúng hạn", "Thời gian giải quyết trung bình (ngày làm việc)",
            "Thời hạn theo quy định trung bình (ngày làm việc)", "Yêu cầu bổ sung", "Xin lỗi, hẹn lại",
            "Thời gian theo QĐ 766 trung bình (ngày làm việc)", "Quá hạn theo QĐ 766", "Tỷ lệ đúng hạn theo QĐ 766",
            "Bước trước hạn", "Bước đúng hạn", "Bước quá hạn");

    private ReportFiles() {
    }

    /** The row's values in the order of {@link ReportRow}'s components, the group already named. */
    private static List<Object> values(ReportRow row, Function<String, String> names) {
        List<Object> values = new ArrayList<>();
        for (RecordComponent component : ReportRow.class.getRecordComponents()) {
            try {
                values.add(component.getAccessor().invoke(row));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        values.set(0, names.apply(row.group()));
        return values;
    }

    /** Which columns are rates (shown as percentages); the others hold counts or average working days. */
    static final Set<Integer> RATE_COLUMNS = rateColumns();

    private static Set<Integer> rateColumns() {
        Set<Integer> rates = new java.util.HashSet<>();
        RecordComponent[] components = ReportRow.class.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            if (components[i].getName().endsWith("Rate")) {
                rates.add(i);
            }
        }
        return Set.copyOf(rates);
    }

    private static final java.text.DecimalFormat PERCENT = vietnamese("0.0");
    private static final java.text.DecimalFormat DECIMAL = vietnamese("0.##");

    private static java.text.DecimalFormat vietnamese(String pattern) {
        java.text.DecimalFormatSymbols symbols = new java.text.DecimalFormatSymbols(Locale.forLanguageTag("vi-VN"));
        symbols.setDecimalSeparator(',');
        symbols.setGroupingSeparator('.');
        java.text.DecimalFormat format = new java.text.DecimalFormat(pattern, symbols);
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format;
    }

    /** A value as Vietnamese readers write it: "98,5 %" for a rate, "4,25" for a decimal, empty for none. */
    static String text(Object value, boolean rate) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            synchronized (PERCENT) {
                return rate ? PERCENT.format(decimal.movePointRight(2)) + " %" : DECIMAL.format(decimal);
            }
        }
        return value.toString();
    }

    /** CSV with a byte-order mark, so Excel reads the Vietnamese headings as UTF-8; written row by row. */
    static void csv(List<ReportRow> rows, Function<String, String> names, OutputStream stream)
            throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        out.write("\uFEFF");
        out.write(String.join(",", HEADINGS.stream().map(ReportFiles::quote).toList()));
        out.write("\r\n");
        for (ReportRow row : rows) {
            List<Object> values = values(row, names);
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                cells.add(quote(text(values.get(i), RATE_COLUMNS.contains(i))));
            }
            out.write(String.join(",", cells));
            out.write("\r\n");
        }
        out.flush();
    }

    /**
     * A streaming workbook: a window of rows in memory, the rest in a temporary file until written out. Figures
     * stay numbers; rates are formatted as percentages with one decimal (Excel shows "98,5 %" in Vietnamese).
     */
    static void xlsx(List<ReportRow> rows, Function<String, String> names, OutputStream out)
            throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            Sheet sheet = workbook.createSheet("Báo cáo đúng hạn");
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0 %"));
            CellStyle decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADINGS.size(); i++) {
                header.createCell(i).setCellValue(HEADINGS.get(i));
            }
            sheet.setColumnWidth(0, 50 * 256);
            int r = 1;
            for (ReportRow reportRow : rows) {
                List<Object> values = values(reportRow, names);
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue((String) values.get(0));
                for (int i = 1; i < values.size(); i++) {
                    Object value = values.get(i);
                    Cell cell = row.createCell(i);
                    if (value == null) {
                        cell.setBlank();
                    } else if (value instanceof BigDecimal number) {
                        cell.setCellValue(number.doubleValue());
                        cell.setCellStyle(RATE_COLUMNS.contains(i) ? percent : decimal);
                    } else {
                        cell.setCellValue(((Number) value).doubleValue());
                    }
                }
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static String quote(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

}
