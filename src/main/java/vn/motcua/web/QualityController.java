package vn.motcua.web;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.http.ResponseEntity;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.calendar.VietnamTime;
import vn.motcua.cases.Dossier;
import vn.motcua.engine.DossierVariables;
import vn.motcua.engine.Role;
import vn.motcua.iso.AgencyRecords;
import vn.motcua.iso.audit.InternalAudits;
import vn.motcua.iso.nonconformity.CorrectiveActions;
import vn.motcua.iso.nonconformity.Nonconformities;
import vn.motcua.iso.objectives.QualityObjectives;
import vn.motcua.iso.overview.QmsOverview;
import vn.motcua.security.EngineUser;

/** Quality objectives and their monthly results, and the open nonconformities, for the quality team and managers. */
@RestController
@RequestMapping("/api/quality")
class QualityController {

    /** Who reads the QMS records: the quality team, managers, leaders and administrators. */
    static final Set<String> READERS = Set.of(Role.ISO_SECRETARY.groupId(), Role.QUALITY_REPRESENTATIVE.groupId(),
            Role.MANAGER.groupId(), Role.AGENCY_LEADER.groupId(), Role.ADMINISTRATOR.groupId(),
            Role.PROVINCE_QMS_OFFICER.groupId(), Role.PROVINCE_LEADER.groupId());
    private static final Set<String> EVALUATORS = Set.of(Role.ISO_SECRETARY.groupId(), Role.ADMINISTRATOR.groupId());
    /** Who may record a nonconformity by hand: the quality team, leaders and heads of department. */
    static final Set<String> REPORTERS = Set.of(Role.ISO_SECRETARY.groupId(), Role.QUALITY_REPRESENTATIVE.groupId(),
            Role.AGENCY_LEADER.groupId(), Role.DEPARTMENT_HEAD.groupId());

    private final QualityObjectives objectives;
    private final Nonconformities nonconformities;
    private final CorrectiveActions correctiveActions;
    private final InternalAudits audits;
    private final QmsOverview overview;
    private final ProcessEngine engine;
    private final DossierLookup dossiers;
    private final Clock clock;
    private final AgencyParameter agencies;

    QualityController(QualityObjectives objectives, Nonconformities nonconformities, CorrectiveActions correctiveActions,
                      InternalAudits audits, QmsOverview overview, ProcessEngine engine, DossierLookup dossiers,
                      Clock clock, AgencyParameter agencies) {
        this.agencies = agencies;
        this.dossiers = dossiers;
        this.overview = overview;
        this.objectives = objectives;
        this.nonconformities = nonconformities;
        this.correctiveActions = correctiveActions;
        this.audits = audits;
        this.engine = engine;
        this.clock = clock;
    }

    @GetMapping("/objectives")
    List<QualityObjectives.Result> results(@RequestParam(required = false) String year, @AuthenticationPrincipal EngineUser user) {
        requireReader(user);
        Collection<String> visible = agencies.visible(user);
        return objectives.results(RequestValues.wholeNumber("year", year, 2000, 2100)).stream()
                .filter(result -> AgencyRecords.visible(result.agencyCode(), visible)).toList();
    }

    /** Evaluates a month now (the engine does it on the 1st of each month for the month before). */
    @PostMapping("/objectives/evaluate")
    List<QualityObjectives.Result> evaluate(@RequestParam(required = false) String month,
                                            @AuthenticationPrincipal EngineUser user) {
        check(user, EVALUATORS);
        YearMonth evaluated;
        try {
            evaluated = YearMonth.parse(RequestValues.required("month", month));
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("month", RequestValues.echo(month) + " không phải tháng dạng YYYY-MM");
        }
        RequestValues.inRange("month", evaluated.atDay(1));
        if (!evaluated.isBefore(YearMonth.now(clock.withZone(VietnamTime.ZONE)))) {
            throw new InvalidRequestException("month", "Tháng " + month + " chưa kết thúc; kết quả chỉ được lưu một lần");
        }
        return objectives.evaluate(evaluated);
    }

    /** The nonconformities not yet closed; {@code ?all=true} for every one. */
    @GetMapping("/nonconformities")
    List<Nonconformities.Nonconformity> nonconformities(@RequestParam(required = false) boolean all,
                                                        @AuthenticationPrincipal EngineUser user) {
        requireReader(user);
        Collection<String> visible = agencies.visible(user);
        return all ? nonconformities.all(visible) : nonconformities.openOf(visible);
    }

    record NonconformityBody(String description, String responsibleUnit, String agencyCode, String dossierCode) {
    }

    record OpenedNonconformity(String code) {
    }

    /**
     * Records a nonconformity found by hand (e.g. a wrongly issued result) and starts its follow-up. A
     * dossier it names must exist (404) and be one the filer may read (403); naming it grants nobody
     * access to it (the nonconformity's steps are not the dossier's).
     */
    @PostMapping("/nonconformities")
    ResponseEntity<OpenedNonconformity> report(@RequestBody(required = false) NonconformityBody body,
                                               @AuthenticationPrincipal EngineUser user) {
        check(user, REPORTERS);
        List<InvalidRequestException.FieldProblem> problems = new ArrayList<>();
        String description = body == null || body.description() == null ? "" : body.description().trim();
        if (description.isEmpty()) {
            problems.add(new InvalidRequestException.FieldProblem("description", "Mô tả điểm không phù hợp (1 đến 2000 ký tự)"));
        }
        FieldLimits.check(problems, "description", description, FieldLimits.NONCONFORMITY_DESCRIPTION);
        FieldLimits.singleLine(problems, "agencyCode", body == null ? null : body.agencyCode(), FieldLimits.AGENCY_CODE);
        FieldLimits.singleLine(problems, "dossierCode", body == null ? null : body.dossierCode(), FieldLimits.DOSSIER_CODE);
        String unit = Groups.responsible(engine, body == null ? null : body.responsibleUnit(), problems);
        String dossierCode = body == null || body.dossierCode() == null || body.dossierCode().isBlank() ? null
                : body.dossierCode().trim();
        if (dossierCode != null && dossierCode.length() > 64) {
            problems.add(new InvalidRequestException.FieldProblem("dossierCode", "Không có hồ sơ nào có mã dài như vậy"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        String agencyCode = dossierCode == null ? agencies.forRecord(user, body.agencyCode()) : body.agencyCode();
        if (dossierCode != null) {
            Dossier dossier = dossiers.readable(dossierCode, user);
            if (agencyCode != null && !agencyCode.isBlank() && !agencyCode.trim().equals(dossier.agencyCode())) {
                throw new InvalidRequestException("agencyCode", "Hồ sơ " + dossierCode + " thuộc cơ quan "
                        + dossier.agencyCode() + ", không phải " + agencyCode.trim());
            }
            agencyCode = dossier.agencyCode();
        }
        agencies.requireUnitOf(agencyCode, unit, "responsibleUnit");
        String code = nonconformities.open(new Nonconformities.NewNonconformity("MANUAL|" + java.util.UUID.randomUUID(),
                Nonconformities.Source.MANUAL, agencyCode, unit, dossierCode, description, user.id()));
        return ResponseEntity.created(URI.create("/api/quality/nonconformities/" + code)).body(new OpenedNonconformity(code));
    }

    /** Corrective actions not yet closed, with those past their plan's deadline marked. */
    @GetMapping("/corrective-actions")
    List<CorrectiveActions.CorrectiveAction> correctiveActions(@AuthenticationPrincipal EngineUser user) {
        requireReader(user);
        return correctiveActions.open(agencies.visible(user));
    }

    record StartedProgramme(String code, String processInstanceId) {
    }

    /**
     * Starts the year's internal audit programme of the caller's agency now (the engine starts the installation's on
     * 15 January by itself): DGNB-YYYY-agency, or DGNB-YYYY for the installation's.
     */
    @PostMapping("/audit-programmes")
    ResponseEntity<StartedProgramme> startAudits(@RequestParam(required = false) String year,
                                                 @RequestParam(required = false) String agency,
                                                 @AuthenticationPrincipal EngineUser user) {
        check(user, EVALUATORS);
        int auditYear = RequestValues.wholeNumber("year", year, 2000, 2100);
        String agencyCode = agencies.forRecord(user, agency);
        String code = InternalAudits.code(auditYear, agencyCode);
        if (audits.exists(code)) {
            throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.CONFLICT,
                    "Chương trình đánh giá nội bộ " + code + " đã có");
        }
        java.util.Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("auditYear", (long) auditYear);
        if (agencyCode != null) {
            variables.put(DossierVariables.QMS_AGENCY, agencyCode);
        }
        String instance = engine.getRuntimeService().startProcessInstanceByKey(InternalAudits.PROCESS_KEY, code, variables).getId();
        return ResponseEntity.created(URI.create("/api/quality/audit-programmes/" + code)).body(new StartedProgramme(code, instance));
    }

    @GetMapping("/audit-programmes")
    List<InternalAudits.Programme> auditProgrammes(@AuthenticationPrincipal EngineUser user) {
        requireReader(user);
        return audits.programmes(agencies.visible(user));
    }

    /**
     * The QMS at a glance for the ISO secretary and managers: of the caller's agency, or of the agency named by a
     * caller who sees several (the province's roles); without one, every agency's they see.
     */
    @GetMapping("/overview")
    QmsOverview.Overview overview(@RequestParam(required = false) String agency, @AuthenticationPrincipal EngineUser user) {
        requireReader(user);
        if (agency != null && !agency.isBlank()) {
            return overview.now(java.util.List.of(agencies.of(user, agency)));
        }
        return overview.now(agencies.visible(user));
    }

    private static void check(EngineUser user, Set<String> allowed) {
        Groups.require(user, allowed, "Dành cho bộ phận quản lý chất lượng và người quản lý");
    }

    /** The QMS records are read by {@link #READERS} only; 403 for anyone else. */
    static void requireReader(EngineUser user) {
        check(user, READERS);
    }
}
