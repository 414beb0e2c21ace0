package vn.motcua.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import vn.motcua.calendar.VietnamTime;
import vn.motcua.engine.DossierVariables;
import vn.motcua.engine.Privileged;
import vn.motcua.engine.Role;
import vn.motcua.province.YearlyQmsReports;
import vn.motcua.security.EngineUser;

/**
 * An agency's yearly QMS report to the Department of Science and Technology (README: 'The yearly QMS report'): started
 * by the quality team for a year, completed and signed off in {@code YearlyQmsReportProcess}; the agency reads its
 * drafts, the province's roles read what was submitted.
 */
@RestController
class YearlyQmsReportController {

    private static final Set<String> STARTERS = Set.of(Role.ISO_SECRETARY.groupId(), Role.QUALITY_REPRESENTATIVE.groupId(),
            Role.ADMINISTRATOR.groupId());
    private static final Set<String> PROVINCE = Set.of(Role.PROVINCE_QMS_OFFICER.groupId(), Role.PROVINCE_LEADER.groupId());
    private static final Set<String> AGENCY = Set.of(Role.ISO_SECRETARY.groupId(), Role.QUALITY_REPRESENTATIVE.groupId(),
            Role.AGENCY_LEADER.groupId(), Role.MANAGER.groupId(), Role.ADMINISTRATOR.groupId());

    private final YearlyQmsReports reports;
    private final ProcessEngine engine;
    private final Clock clock;
    private final AgencyParameter agencies;

    YearlyQmsReportController(YearlyQmsReports reports, ProcessEngine engine, Clock clock, AgencyParameter agencies) {
        this.agencies = agencies;
        this.reports = reports;
        this.engine = engine;
        this.clock = clock;
    }

    record StartedReport(String code, String processInstanceId) {
    }

    /** Starts the year's report of the agency: the year must have begun; one report a year per agency (409). */
    @PostMapping("/api/quality/yearly-reports")
    ResponseEntity<StartedReport> start(@RequestParam(required = false) String year, @RequestParam(required = false) String agency,
                                        @AuthenticationPrincipal EngineUser user) {
        Groups.require(user, STARTERS, "Dành cho Thư ký ISO và đại diện lãnh đạo về chất lượng");
        int thisYear = LocalDate.now(clock.withZone(VietnamTime.ZONE)).getYear();
        int reportYear = RequestValues.wholeNumber("year", year, 2000, thisYear);
        // an agency's quality team reports for their own agency only (README: 'Agencies and who sees them')
        String own = agencies.of(user, agency);
        String agencyCode = FieldLimits.require("agency", RequestValues.required("agency", own).trim(), 64);
        reports.find(reportYear, agencyCode).ifPresent(existing -> {
                    throw new ResponseStatusException(HttpStatus.CONFLICT, "Cơ quan " + agencyCode + " đã có báo cáo năm " + reportYear
                            + ": " + existing.code());
                });
        // the starter's right was checked above; the report's tasks belong to the quality team and the leaders
        String instance = Privileged.call(engine, () -> engine.getRuntimeService().startProcessInstanceByKey(
                YearlyQmsReports.PROCESS_KEY, Map.of("reportYear", reportYear, "reportAgency", agencyCode,
                        DossierVariables.QMS_AGENCY, agencyCode)).getId());
        String code = String.valueOf(Privileged.call(engine, () -> engine.getRuntimeService().getVariable(instance, "reportCode")));
        return ResponseEntity.created(URI.create("/api/quality/yearly-reports/" + code)).body(new StartedReport(code, instance));
    }

    /** The agency's reports in every state; the province's roles see every agency's submitted ones. */
    @GetMapping("/api/quality/yearly-reports")
    List<YearlyQmsReports.Report> list(@AuthenticationPrincipal EngineUser user) {
        boolean drafts = readsDrafts(user);
        return reports.reports(!drafts).stream().filter(report -> readsAgency(user, drafts, report)).toList();
    }

    @GetMapping("/api/quality/yearly-reports/{code}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String code, @AuthenticationPrincipal EngineUser user) {
        boolean drafts = readsDrafts(user);
        boolean visible = reports.find(code).filter(r -> drafts || YearlyQmsReports.Status.SUBMITTED.name().equals(r.status()))
                .filter(r -> readsAgency(user, drafts, r)).isPresent();
        return PdfResponses.inline("bao-cao-iso-" + code, visible ? reports.pdf(code) : java.util.Optional.empty(),
                "Không có báo cáo " + code);
    }

    /** An agency's own people read its reports; the province's roles (no drafts) every agency's. */
    private boolean readsAgency(EngineUser user, boolean drafts, YearlyQmsReports.Report report) {
        if (!drafts) {
            return true;
        }
        Collection<String> visible = agencies.visible(user);
        return visible == null || visible.contains(report.agencyCode());
    }

    private static boolean readsDrafts(EngineUser user) {
        if (user.groupIds().stream().anyMatch(AGENCY::contains)) {
            return true;
        }
        Groups.require(user, PROVINCE, "Báo cáo ISO hằng năm dành cho bộ phận quản lý chất lượng, lãnh đạo cơ quan và Sở Khoa học và Công nghệ");
        return false;
    }
}
