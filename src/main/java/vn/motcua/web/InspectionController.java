package vn.motcua.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.engine.Privileged;
import vn.motcua.engine.Role;
import vn.motcua.province.Inspections;
import vn.motcua.province.QmsRegister;
import vn.motcua.security.EngineUser;

/**
 * The Department of Science and Technology's yearly inspection (README: 'The yearly inspection'): its QMS officer
 * draws the plan, which starts {@code ProvinceInspectionProcess}; the province's roles read plans, findings and
 * reports.
 */
@RestController
@RequestMapping("/api/province/inspections")
class InspectionController {

    private static final Set<String> PLANNERS = Set.of(Role.PROVINCE_QMS_OFFICER.groupId());
    private static final Set<String> READERS = Set.of(Role.PROVINCE_QMS_OFFICER.groupId(), Role.PROVINCE_LEADER.groupId(),
            Role.ADMINISTRATOR.groupId());
    private static final int MAX_AGENCIES = 200;

    private final Inspections inspections;
    private final QmsRegister register;
    private final ProcessEngine engine;

    InspectionController(Inspections inspections, QmsRegister register, ProcessEngine engine) {
        this.inspections = inspections;
        this.register = register;
        this.engine = engine;
    }

    record AgencyBody(String agencyCode, String mode) {
    }

    record PlanBody(String year, String team, String startsOn, String endsOn, List<AgencyBody> agencies) {
    }

    record PlannedInspection(String code, String processInstanceId) {
    }

    /** Draws the plan and sends it for approval: 201 with its code. */
    @PostMapping
    ResponseEntity<PlannedInspection> plan(@RequestBody(required = false) PlanBody body, @AuthenticationPrincipal EngineUser user) {
        Groups.require(user, PLANNERS, "Chỉ chuyên viên theo dõi ISO của Sở Khoa học và Công nghệ lập kế hoạch kiểm tra");
        PlanBody given = body == null ? new PlanBody(null, null, null, null, null) : body;
        List<InvalidRequestException.FieldProblem> problems = new ArrayList<>();
        LocalDate today = register.today();
        Integer year = null;
        try {
            year = RequestValues.wholeNumber("year", given.year(), 2000, today.getYear() + 1);
        } catch (InvalidRequestException e) {
            problems.addAll(e.problems());
        }
        String team = given.team() == null ? "" : given.team().trim();
        if (team.isEmpty()) {
            problems.add(new InvalidRequestException.FieldProblem("team", "Ghi thành phần đoàn kiểm tra"));
        }
        FieldLimits.singleLine(problems, "team", team, 1000);
        LocalDate startsOn = RequestValues.date(problems, "startsOn", given.startsOn());
        LocalDate endsOn = RequestValues.date(problems, "endsOn", given.endsOn());
        RequestValues.period(problems, "startsOn", startsOn, "endsOn", endsOn);
        List<Inspections.PlannedAgency> agencies = new ArrayList<>();
        List<AgencyBody> listed = given.agencies() == null ? List.of() : given.agencies();
        if (listed.isEmpty() || listed.size() > MAX_AGENCIES) {
            problems.add(new InvalidRequestException.FieldProblem("agencies", "Từ 1 đến " + MAX_AGENCIES + " cơ quan"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < listed.size() && listed.size() <= MAX_AGENCIES; i++) {
            AgencyBody agency = listed.get(i) == null ? new AgencyBody(null, null) : listed.get(i);
            String field = "agencies[" + i + "]";
            String code = agency.agencyCode() == null ? "" : agency.agencyCode().trim();
            QmsRegister.Entry entry = code.isEmpty() || code.length() > 64 ? null : register.entry(code, today).orElse(null);
            if (entry == null) {
                problems.add(new InvalidRequestException.FieldProblem(field + ".agencyCode",
                        RequestValues.echo(code) + " không có trong danh sách cơ quan áp dụng ISO"));
            } else if (!seen.add(code)) {
                problems.add(new InvalidRequestException.FieldProblem(field + ".agencyCode", "Cơ quan " + code + " đã có trong kế hoạch"));
            }
            Inspections.Mode mode = null;
            try {
                mode = Inspections.Mode.valueOf(agency.mode() == null ? "" : agency.mode().trim());
            } catch (IllegalArgumentException e) {
                problems.add(new InvalidRequestException.FieldProblem(field + ".mode",
                        "ON_SITE (kiểm tra trực tiếp) hoặc DOCUMENTS (kiểm tra qua hồ sơ, báo cáo)"));
            }
            if (entry != null && mode != null) {
                agencies.add(new Inspections.PlannedAgency(code, entry.agencyName(), mode));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        String code = inspections.plan(new Inspections.Plan(year, team, startsOn, endsOn, agencies), user.id());
        // the planner's right was checked above; the approval belongs to the province's leaders
        String instance = Privileged.call(engine, () -> engine.getRuntimeService()
                .startProcessInstanceByKey(Inspections.PROCESS_KEY, code, Map.of("inspectionCode", code)).getId());
        return ResponseEntity.created(URI.create("/api/province/inspections/" + code)).body(new PlannedInspection(code, instance));
    }

    @GetMapping
    List<Inspections.Inspection> list(@AuthenticationPrincipal EngineUser user) {
        Groups.require(user, READERS, "Dành cho Sở Khoa học và Công nghệ và lãnh đạo UBND tỉnh");
        return inspections.inspections();
    }

    @GetMapping("/{code}")
    Inspections.Inspection one(@PathVariable String code, @AuthenticationPrincipal EngineUser user) {
        Groups.require(user, READERS, "Dành cho Sở Khoa học và Công nghệ và lãnh đạo UBND tỉnh");
        return inspections.find(code).orElseThrow(() -> new NotFoundException("Không có đợt kiểm tra " + RequestValues.echo(code)));
    }

    @GetMapping("/{code}/report.pdf")
    ResponseEntity<byte[]> report(@PathVariable String code, @AuthenticationPrincipal EngineUser user) {
        Groups.require(user, READERS, "Dành cho Sở Khoa học và Công nghệ và lãnh đạo UBND tỉnh");
        return PdfResponses.inline("bao-cao-kiem-tra-" + code, inspections.reportPdf(code),
                "Đợt kiểm tra " + code + " chưa có báo cáo kết quả");
    }
}
