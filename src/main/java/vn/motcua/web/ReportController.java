package vn.motcua.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.poi.ss.usermodel.Row;
import org.camunda.bpm.engine.ProcessEngine;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import vn.motcua.cases.ProcedureCatalog;
import vn.motcua.engine.Privileged;
import vn.motcua.engine.Role;
import vn.motcua.engine.UnitNames;
import vn.motcua.calendar.VietnamTime;
import vn.motcua.deadlines.DossierDeadlines;
import vn.motcua.measurement.LateDossiers;
import vn.motcua.measurement.OverdueWork;
import vn.motcua.measurement.OnTimeReport;
import vn.motcua.measurement.ReportRow;
import vn.motcua.security.EngineUser;
import vn.motcua.web.InvalidRequestException.FieldProblem;

/**
 * The on-time report (README: 'Measuring on-time resolution') as JSON, CSV or XLSX with Vietnamese column
 * headings. JSON keeps ids (agency, unit and procedure codes; {@code /api/reports/units} names them); the
 * files are for people: rows named, rates as percentages, decimals with a comma.
 */
@RestController
@RequestMapping("/api/reports")
class ReportController {

    private static final Set<String> READERS = Set.of(Role.MANAGER.groupId(), Role.ISO_SECRETARY.groupId(),
            Role.QUALITY_REPRESENTATIVE.groupId(), Role.AGENCY_LEADER.groupId(), Role.DEPARTMENT_HEAD.groupId(),
            Role.ADMINISTRATOR.groupId(), Role.ONE_STOP_DESK_HEAD.groupId());

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

    private final OnTimeReport report;
    private final LateDossiers lateDossiers;
    private final OverdueWork overdueWork;
    private final DossierDeadlines deadlines;
    private final Clock clock;
    private final ProcedureCatalog catalog;
    private final ProcessEngine engine;
    private final UnitNames unitNames;

    ReportController(OnTimeReport report, LateDossiers lateDossiers, OverdueWork overdueWork, DossierDeadlines deadlines,
                     Clock clock, ProcedureCatalog catalog, ProcessEngine engine, UnitNames unitNames) {
        this.unitNames = unitNames;
        this.report = report;
        this.lateDossiers = lateDossiers;
        this.overdueWork = overdueWork;
        this.deadlines = deadlines;
        this.clock = clock;
        this.catalog = catalog;
        this.engine = engine;
    }

    /** Display names of the agencies, departments and roles that reports and Cockpit name by id. */
    @GetMapping("/units")
    Map<String, String> units(@AuthenticationPrincipal EngineUser user) {
        checkReader(user);
        Map<String, String> names = new TreeMap<>();
        catalog.all().forEach(procedure -> names.putIfAbsent(procedure.agencyCode(), procedure.agencyName()));
        Privileged.call(engine, () -> engine.getIdentityService().createGroupQuery().list())
                .forEach(group -> names.put(group.getId(), group.getName()));
        return names;
    }

    record Overdue(List<OverdueWork.OpenStep> steps, BigDecimal onTimeRateThisMonth, String month) {
    }

    /** Cockpit's view: open steps overdue or due within one working day, and this month's on-time rate. */
    @GetMapping("/overdue")
    Overdue overdue(@AuthenticationPrincipal EngineUser user) {
        checkReader(user);
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), VietnamTime.ZONE);
        OffsetDateTime soon = deadlines.oneWorkingDayFromNow().toInstant().atZone(VietnamTime.ZONE).toOffsetDateTime();
        LocalDate first = now.toLocalDate().withDayOfMonth(1);
        return new Overdue(overdueWork.dueBefore(now, soon), report.onTimeRate(first, now.toLocalDate()),
                first.toString().substring(0, 7));
    }

    /** The dossiers resolved late in the period, with the steps and units that caused the delay. */
    @GetMapping("/late-dossiers")
    List<LateDossiers.LateDossier> late(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                        @RequestParam(required = false) String agency,
                                        @RequestParam(required = false) String procedure,
                                        @AuthenticationPrincipal EngineUser user) {
        checkReader(user);
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate start = RequestValues.date(problems, "from", from);
        LocalDate end = RequestValues.date(problems, "to", to);
        RequestValues.period(problems, "from", start, "to", end);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return lateDossiers.between(start, end, blank(agency), blank(procedure));
    }

    private static void checkReader(EngineUser user) {
        Groups.require(user, READERS, "Báo cáo dành cho người quản lý, lãnh đạo và bộ phận quản lý chất lượng");
    }

    /**
     * JSON, or a file streamed as it is made. Declared as Object: Spring streams a
     * {@link StreamingResponseBody} only when it sees one, which a {@code ResponseEntity<?>} hides.
     */
    @GetMapping("/on-time")
    Object onTime(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                             @RequestParam(required = false) String agency, @RequestParam(required = false) String department,
                             @RequestParam(required = false) String procedure, @RequestParam(required = false) String groupBy,
                             @RequestParam(required = false, defaultValue = "json") String format,
                             @AuthenticationPrincipal EngineUser user, HttpServletResponse response) {
        checkReader(user);
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate start = RequestValues.date(problems, "from", from);
        LocalDate end = RequestValues.date(problems, "to", to);
        RequestValues.period(problems, "from", start, "to", end);
        OnTimeReport.GroupBy grouping = null;
        if (groupBy != null && !groupBy.isBlank()) {
            try {
                grouping = OnTimeReport.GroupBy.valueOf(groupBy.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("groupBy", "phải là agency, department, procedure hoặc month"));
            }
        }
        if (!Set.of("json", "csv", "xlsx").contains(format)) {
            problems.add(new FieldProblem("format", "phải là json, csv hoặc xlsx"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        List<ReportRow> rows = report.report(start, end, blank(agency), blank(department), blank(procedure), grouping);
        java.util.function.Function<String, String> names = groupNames(grouping);
        String name = "bao-cao-dung-han-" + start + "-" + end;
        return switch (format) {
            case "csv" -> file(response, out -> csv(rows, names, out),
                    MediaType.parseMediaType("text/csv;charset=UTF-8"), name + ".csv");
            case "xlsx" -> file(response, out -> xlsx(rows, names, out), MediaType.parseMediaType(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), name + ".xlsx");
            default -> ResponseEntity.ok(rows);
        };
    }

    /**
     * The row's name as people read it: the agency's, the unit's or the procedure's name, "Tổng cộng" for the
     * totals, "03/2026" for a month; never an id.
     */
    private java.util.function.Function<String, String> groupNames(OnTimeReport.GroupBy groupBy) {
        Map<String, String> known = new java.util.HashMap<>();
        return group -> known.computeIfAbsent(group == null ? "" : group, id -> {
            if (groupBy == null) {
                return TOTAL;
            }
            return switch (groupBy) {
                case AGENCY -> catalog.all().stream().filter(procedure -> id.equals(procedure.agencyCode()))
                        .map(vn.motcua.cases.Procedure::agencyName).findFirst().orElse(id);
                case DEPARTMENT -> id.isEmpty() ? "Chưa xác định" : unitNames.name(id);
                case PROCEDURE -> catalog.latest(id).map(vn.motcua.cases.Procedure::name).orElse(id);
                case MONTH -> id.length() == 7 ? id.substring(5) + "/" + id.substring(0, 4) : id;
            };
        });
    }

    /** The row's values in the order of {@link ReportRow}'s components, the group already named. */
    private static List<Object> values(ReportRow row, java.util.function.Function<String, String> names) {
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
    private static void csv(List<ReportRow> rows, java.util.function.Function<String, String> names, OutputStream stream)
            throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        out.write("\uFEFF");
        out.write(String.join(",", HEADINGS.stream().map(ReportController::quote).toList()));
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
    private static void xlsx(List<ReportRow> rows, java.util.function.Function<String, String> names, OutputStream out)
            throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            Sheet sheet = workbook.createSheet("Báo cáo đúng hạn");
            org.apache.poi.ss.usermodel.CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0 %"));
            org.apache.poi.ss.usermodel.CellStyle decimal = workbook.createCellStyle();
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
                    org.apache.poi.ss.usermodel.Cell cell = row.createCell(i);
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

    /** A file written to the response as it is made (the period is at most five years: see RequestValues). */
    private static StreamingResponseBody file(HttpServletResponse response, StreamingResponseBody body, MediaType type,
                                              String name) {
        response.setContentType(type.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString());
        return body;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
