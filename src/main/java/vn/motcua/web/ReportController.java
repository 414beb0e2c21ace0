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
 * headings.
 */
@RestController
@RequestMapping("/api/reports")
class ReportController {

    private static final Set<String> READERS = Set.of(Role.MANAGER.groupId(), Role.ISO_SECRETARY.groupId(),
            Role.QUALITY_REPRESENTATIVE.groupId(), Role.AGENCY_LEADER.groupId(), Role.DEPARTMENT_HEAD.groupId(),
            Role.ADMINISTRATOR.groupId(), Role.ONE_STOP_DESK_HEAD.groupId());

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

    ReportController(OnTimeReport report, LateDossiers lateDossiers, OverdueWork overdueWork, DossierDeadlines deadlines,
                     Clock clock, ProcedureCatalog catalog, ProcessEngine engine) {
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
        Groups.require(user, READERS, "Reports are for managers, leaders and the quality team");
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
                problems.add(new FieldProblem("groupBy", "must be agency, department, procedure or month"));
            }
        }
        if (!Set.of("json", "csv", "xlsx").contains(format)) {
            problems.add(new FieldProblem("format", "must be json, csv or xlsx"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        List<ReportRow> rows = report.report(start, end, blank(agency), blank(department), blank(procedure), grouping);
        String name = "bao-cao-dung-han-" + start + "-" + end;
        return switch (format) {
            case "csv" -> file(response, out -> csv(rows, out), MediaType.parseMediaType("text/csv;charset=UTF-8"),
                    name + ".csv");
            case "xlsx" -> file(response, out -> xlsx(rows, out), MediaType.parseMediaType(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), name + ".xlsx");
            default -> ResponseEntity.ok(rows);
        };
    }

    private static List<List<String>> cells(List<ReportRow> rows) {
        List<List<String>> cells = new ArrayList<>();
        for (ReportRow row : rows) {
            List<String> values = new ArrayList<>();
            for (RecordComponent component : ReportRow.class.getRecordComponents()) {
                try {
                    Object value = component.getAccessor().invoke(row);
                    values.add(value == null ? "" : value.toString());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            cells.add(values);
        }
        return cells;
    }

    /** CSV with a byte-order mark, so Excel reads the Vietnamese headings as UTF-8; written row by row. */
    private static void csv(List<ReportRow> rows, OutputStream stream) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        out.write("\uFEFF");
        out.write(String.join(",", HEADINGS.stream().map(ReportController::quote).toList()));
        out.write("\r\n");
        for (List<String> row : cells(rows)) {
            out.write(String.join(",", row.stream().map(ReportController::quote).toList()));
            out.write("\r\n");
        }
        out.flush();
    }

    /** A streaming workbook: a window of rows in memory, the rest in a temporary file until written out. */
    private static void xlsx(List<ReportRow> rows, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            Sheet sheet = workbook.createSheet("Báo cáo đúng hạn");
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADINGS.size(); i++) {
                header.createCell(i).setCellValue(HEADINGS.get(i));
            }
            int r = 1;
            for (List<String> values : cells(rows)) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(values.get(0));
                for (int i = 1; i < values.size(); i++) {
                    if (values.get(i).isEmpty()) {
                        row.createCell(i).setBlank();
                    } else {
                        row.createCell(i).setCellValue(Double.parseDouble(values.get(i)));
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
