package vn.motcua.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
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
import vn.motcua.organisation.Organisation;
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
            Role.ADMINISTRATOR.groupId(), Role.ONE_STOP_DESK_HEAD.groupId(), Role.PROVINCE_QMS_OFFICER.groupId(),
            Role.PROVINCE_LEADER.groupId());

    private final OnTimeReport report;
    private final LateDossiers lateDossiers;
    private final OverdueWork overdueWork;
    private final DossierDeadlines deadlines;
    private final Clock clock;
    private final ProcedureCatalog catalog;
    private final ProcessEngine engine;
    private final UnitNames unitNames;
    private final Organisation organisation;
    private final AgencyParameter agencies;

    ReportController(OnTimeReport report, LateDossiers lateDossiers, OverdueWork overdueWork, DossierDeadlines deadlines,
                     Clock clock, ProcedureCatalog catalog, ProcessEngine engine, UnitNames unitNames,
                     Organisation organisation, AgencyParameter agencies) {
        this.agencies = agencies;
        this.unitNames = unitNames;
        this.organisation = organisation;
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
        // every unit of the organisation, the former districts and their offices included (reports of earlier periods)
        organisation.units().forEach(unit -> {
            names.put(unit.code(), unit.name());
            unit.groups().values().forEach(group -> names.put(group, unit.name()));
        });
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
        Collection<String> visible = agencies.visible(user);
        return new Overdue(overdueWork.dueBefore(now, soon, visible), report.onTimeRate(first, now.toLocalDate(), visible),
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
        return lateDossiers.between(start, end, agencies.of(user, agency), blank(procedure));
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
        List<ReportRow> rows = report.report(start, end, agencies.of(user, agency), blank(department), blank(procedure),
                grouping);
        java.util.function.Function<String, String> names = groupNames(grouping);
        String name = "bao-cao-dung-han-" + start + "-" + end;
        return switch (format) {
            case "csv" -> file(response, out -> ReportFiles.csv(rows, names, out),
                    MediaType.parseMediaType("text/csv;charset=UTF-8"), name + ".csv");
            case "xlsx" -> file(response, out -> ReportFiles.xlsx(rows, names, out), MediaType.parseMediaType(
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
                return ReportFiles.TOTAL;
            }
            return switch (groupBy) {
                case AGENCY -> organisation.unit(id).map(vn.motcua.organisation.Unit::name)
                        .orElseGet(() -> catalog.all().stream().filter(procedure -> id.equals(procedure.agencyCode()))
                                .map(vn.motcua.cases.Procedure::agencyName).findFirst().orElse(id));
                case DEPARTMENT -> id.isEmpty() ? "Chưa xác định" : unitNames.name(id);
                case PROCEDURE -> catalog.latest(id).map(vn.motcua.cases.Procedure::name).orElse(id);
                case MONTH -> id.length() == 7 ? id.substring(5) + "/" + id.substring(0, 4) : id;
            };
        });
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
