package vn.motcua.web;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.cases.Apology;
import vn.motcua.cases.Applicant;
import vn.motcua.cases.Dossier;
import vn.motcua.cases.DossierApologies;
import vn.motcua.cases.DossierDesks;
import vn.motcua.cases.DossierDocuments;
import vn.motcua.cases.DossierService;
import vn.motcua.cases.DossierSupplements;
import vn.motcua.cases.DossierWithdrawal;
import vn.motcua.cases.LookupTokens;
import vn.motcua.cases.NewDossier;
import vn.motcua.cases.SubmittedDossier;
import vn.motcua.files.DossierFile;
import vn.motcua.files.DossierFiles;
import vn.motcua.measurement.StepRecord;
import vn.motcua.measurement.StepRecords;
import vn.motcua.security.EngineUser;
import vn.motcua.web.InvalidRequestException.FieldProblem;

/** Dossiers for desk software, the online portal and staff. */
@RestController
@RequestMapping("/api/dossiers")
class DossierController {

    private final DossierService dossiers;
    private final DossierLookup lookup;
    private final DossierWithdrawal withdrawal;
    private final StepRecords steps;

    private final DossierSupplements supplements;
    private final DossierApologies apologies;
    private final LookupTokens lookupTokens;
    private final DossierStarters starters;
    private final DossierFiles files;
    private final DossierDocuments documents;

    private final vn.motcua.cases.DossierUnits units;
    private final vn.motcua.cases.AgencyNames agencyNames;
    private final vn.motcua.organisation.Organisation organisation;

    DossierController(DossierService dossiers, DossierLookup lookup, DossierWithdrawal withdrawal, StepRecords steps,
                      DossierSupplements supplements, DossierApologies apologies, LookupTokens lookupTokens,
                      DossierStarters starters, DossierFiles files, DossierDocuments documents,
                      vn.motcua.cases.DossierUnits units, vn.motcua.cases.AgencyNames agencyNames,
                      vn.motcua.organisation.Organisation organisation) {
        this.units = units;
        this.agencyNames = agencyNames;
        this.organisation = organisation;
        this.documents = documents;
        this.dossiers = dossiers;
        this.lookup = lookup;
        this.withdrawal = withdrawal;
        this.steps = steps;
        this.supplements = supplements;
        this.apologies = apologies;
        this.lookupTokens = lookupTokens;
        this.starters = starters;
        this.files = files;
    }

    record ApplicantBody(String name, String idNumber, String phone, String email, String address) {
    }

    /**
     * @param decidingAgency for a commune-level procedure, the commune that decides it (default: the desk's commune)
     * @param returnDesk     the desk where the citizen collects the result (default: the receiving desk)
     */
    record DossierBody(String procedureCode, String channel, ApplicantBody applicant, List<String> papers,
                       String intakeOutcome, String missingPapers, String refusalReason, String decidingAgency,
                       String returnDesk) {
        DossierBody(String procedureCode, String channel, ApplicantBody applicant, List<String> papers,
                    String intakeOutcome, String missingPapers, String refusalReason) {
            this(procedureCode, channel, applicant, papers, intakeOutcome, missingPapers, refusalReason, null, null);
        }
    }

    record WithdrawalBody(String reason) {
    }

    /**
     * {@code lookupToken}: the dossier's secret for the public lookup, for the submitter only (the desk
     * prints it on its own receipt, the portal shows it to the citizen); never in the dossier's view.
     */
    record SubmittedResponse(String code, String status, String dueAt, String processInstanceId, String lookupToken) {
    }

    record StepView(String kind, String step, String activityId, String unit, String completedBy,
                    OffsetDateTime startedAt, OffsetDateTime dueAt, OffsetDateTime endedAt, String timeliness,
                    String outcome, String note) {
    }

    /**
     * {@code dueAt} and {@code promisedAt}: the moment the citizen is promised the result (the apology's new
     * return moment once one is issued); {@code originalDueAt}: the statutory due moment, which on-time
     * measurement keeps judging against. {@code forms}: the printed forms issued for the dossier so far, numbered
     * and titled by its form set (README 'Biểu mẫu in / Printed forms').
     */
    record DossierView(String code, String status, String statusLabel, String outcome, String procedureCode,
                       String procedureName, int procedureVersion, String procedureVersionTag, String agencyCode,
                       String channel, Applicant applicant, List<String> papers, OffsetDateTime submittedAt,
                       OffsetDateTime receivedAt, OffsetDateTime dueAt, OffsetDateTime promisedAt,
                       OffsetDateTime originalDueAt, OffsetDateTime resultAt,
                       OffsetDateTime closedAt, String receivedBy, String missingPapers, String refusalReason,
                       List<StepView> currentSteps,
                       List<StepView> history, String processInstanceId, List<DossierFile> files,
                       List<DossierDocuments.IssuedForm> forms, String agencyName, DesksView desks) {
    }

    /** A desk by its code in the organisation and its name. */
    record DeskView(String code, String name) {
    }

    /**
     * The desks of the dossier (README "Organisation"): where it was received, the deciding agency's (where it is
     * forwarded when received elsewhere), where the citizen collects the result; {@code forwarded} when the first two
     * differ. Null codes without an organisation.
     */
    record DesksView(DeskView receiving, DeskView deciding, DeskView returning, boolean forwarded) {
    }

    @PostMapping
    ResponseEntity<SubmittedResponse> submit(@RequestBody(required = false) DossierBody body,
                                             @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                             @AuthenticationPrincipal EngineUser user) {
        // who may submit first: validating costs work, and a caller who may not submit gets nothing of it
        starters.require(user);
        NewDossier submission = DossierRequests.validate(body);
        if (key != null && (key.isBlank() || key.length() > FieldLimits.IDEMPOTENCY_KEY)) {
            throw new InvalidRequestException("Idempotency-Key", "phải dài từ 1 đến " + FieldLimits.IDEMPOTENCY_KEY + " ký tự");
        }
        SubmittedDossier submitted = dossiers.submit(submission, key);
        SubmittedResponse response = new SubmittedResponse(submitted.code(), submitted.status().name(),
                submitted.dueAt() == null ? null : RequestValues.format(submitted.dueAt().toZonedDateTime()),
                submitted.processInstanceId(), lookupTokens.of(submitted.code()));
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/dossiers/" + submitted.code()))
                .header("Idempotent-Replayed", String.valueOf(submitted.replayed()))
                .body(response);
    }

    @GetMapping("/{code}")
    DossierView dossier(@PathVariable String code, @AuthenticationPrincipal EngineUser user) {
        Dossier dossier = lookup.readable(code, user);
        List<StepView> history = steps.ofDossier(code).stream().map(DossierController::view).toList();
        return new DossierView(dossier.code(), dossier.status().name(), dossier.status().label(),
                dossier.outcome() == null ? null : dossier.outcome().name(), dossier.procedureCode(),
                dossier.procedureName(), dossier.processDefinitionVersion(), dossier.versionTag(), dossier.agencyCode(),
                dossier.channel().name(), dossier.applicant(),
                dossier.papers().stream().map(paper -> paper.code()).toList(), dossier.submittedAt(),
                dossier.receivedAt(), dossier.promisedAt(), dossier.promisedAt(), dossier.dueAt(), dossier.resultAt(),
                dossier.closedAt(), dossier.clerk(),
                dossier.missingPapers(),
                dossier.refusalReason(), history.stream().filter(step -> step.endedAt() == null).toList(), history,
                dossier.processInstanceId(), files.of(dossier), documents.issued(dossier), agencyNames.of(dossier),
                desks(dossier));
    }

    private DesksView desks(Dossier dossier) {
        DossierDesks desks = units.desks(dossier);
        return new DesksView(desk(desks.receivingDesk()), desk(desks.decidingDesk()), desk(desks.returnDesk()),
                desks.forwarded());
    }

    private DeskView desk(String code) {
        return code == null ? null : new DeskView(code, organisation.name(code));
    }

    /** The citizen brought the missing papers: the statutory time starts again from zero. */
    @PostMapping("/{code}/supplement")
    DossierView supplement(@PathVariable String code, @AuthenticationPrincipal EngineUser user) {
        supplements.receive(lookup.atTheDesk(code, user));
        return dossier(code, user);
    }

    record ApologyBody(String reason, String newReturnAt) {
    }

    /**
     * @param status ISSUED: the new date holds; AWAITING_APPROVAL: the extension asked for (form 04 of Circular
     *               03/2025) waits for the competent person, the citizen is still promised the old moment
     */
    record ApologyView(String status, OffsetDateTime issuedAt, String issuedBy, String reason,
                       OffsetDateTime newReturnAt, String approvedBy) {

        static ApologyView of(Apology apology) {
            return new ApologyView("ISSUED", apology.issuedAt(), apology.issuedBy(), apology.reason(),
                    apology.newDueAt(), apology.approvedBy());
        }
    }

    record ExtensionDecisionBody(String decision, String reason) {
    }

    /**
     * The apology with a new return date, by the unit holding the dossier (a candidate group of its open
     * apology task) or the desk, while that task is open; it can be set once (a second attempt answers 409).
     */
    @PostMapping("/{code}/apology")
    org.springframework.http.ResponseEntity<ApologyView> apology(@PathVariable String code, @RequestBody(required = false) ApologyBody body,
                        @AuthenticationPrincipal EngineUser user) {
        Dossier dossier = lookup.readable(code, user);
        if (!apologies.mayIssue(dossier, user.groupIds())) {
            throw new AccessDeniedException("Chỉ đơn vị đang giữ hồ sơ hoặc Bộ phận Một cửa ban hành Phiếu xin lỗi "
                    + "và hẹn lại ngày trả kết quả");
        }
        apologies.requireOpen(dossier);
        List<FieldProblem> problems = new ArrayList<>();
        if (body == null || blank(body.reason())) {
            problems.add(new FieldProblem("reason", "Phải ghi rõ lý do chậm trả kết quả"));
        } else {
            FieldLimits.check(problems, "reason", body.reason(), FieldLimits.APOLOGY_REASON);
        }
        OffsetDateTime newReturnAt = null;
        try {
            newReturnAt = RequestValues.moment("newReturnAt", body == null ? null : body.newReturnAt()).toOffsetDateTime();
            apologies.newReturnProblem(dossier, newReturnAt)
                    .ifPresent(problem -> problems.add(new FieldProblem("newReturnAt", problem)));
        } catch (InvalidRequestException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        java.util.Optional<Apology> apology = apologies.issue(dossier, body.reason(), newReturnAt);
        if (apology.isPresent()) {
            return org.springframework.http.ResponseEntity.ok(ApologyView.of(apology.get()));
        }
        // form 04 of Circular 03/2025: asked for, not yet in force
        return org.springframework.http.ResponseEntity.accepted().body(new ApologyView("AWAITING_APPROVAL", null,
                user.id(), body.reason().strip(), newReturnAt, null));
    }

    /**
     * The competent person's decision on the extension asked for (form 04 of Circular 03/2025): {@code APPROVE}, and
     * the new date holds, or {@code SEND_BACK} with a reason, and the request goes back to the unit. Only a member of
     * a candidate group of the open approval task (by default the agency's leaders); 409 when none is open.
     */
    @PostMapping("/{code}/extension-decision")
    ApologyView extensionDecision(@PathVariable String code, @RequestBody(required = false) ExtensionDecisionBody body,
                                  @AuthenticationPrincipal EngineUser user) {
        Dossier dossier = lookup.readable(code, user);
        if (apologies.openApproval(dossier) == null) {
            throw new vn.motcua.cases.DossierConflictException("Hồ sơ " + code
                    + " không có đề nghị gia hạn đang chờ phê duyệt");
        }
        if (!apologies.mayApprove(dossier, user.groupIds())) {
            throw new AccessDeniedException("Chỉ người có thẩm quyền được giao phê duyệt gia hạn hồ sơ này");
        }
        String decision = body == null ? null : body.decision();
        List<FieldProblem> problems = new ArrayList<>();
        if (!"APPROVE".equals(decision) && !"SEND_BACK".equals(decision)) {
            problems.add(new FieldProblem("decision", "Chỉ nhận APPROVE (đồng ý gia hạn) hoặc SEND_BACK (trả lại đơn vị)"));
        }
        if ("SEND_BACK".equals(decision) && blank(body.reason())) {
            problems.add(new FieldProblem("reason", "Trả lại đề nghị gia hạn phải ghi rõ lý do"));
        } else if (body != null && body.reason() != null) {
            FieldLimits.check(problems, "reason", body.reason(), FieldLimits.APOLOGY_REASON);
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return apologies.decide(dossier, decision, blank(body.reason()) ? null : body.reason().strip())
                .map(ApologyView::of)
                .orElseGet(() -> new ApologyView("SENT_BACK", null, null, body.reason().strip(), null, null));
    }

    /** The citizen withdraws the dossier at the desk (at any step). */
    @PostMapping("/{code}/withdrawal")
    DossierView withdraw(@PathVariable String code, @RequestBody(required = false) WithdrawalBody body,
                         @AuthenticationPrincipal EngineUser user) {
        Dossier dossier = lookup.atTheDesk(code, user);
        String reason = body == null ? null : body.reason();
        withdrawal.withdraw(dossier, FieldLimits.require("reason", RequestValues.required("reason", reason),
                FieldLimits.WITHDRAWAL_REASON));
        return dossier(code, user);
    }

    private static StepView view(StepRecord step) {
        return new StepView(step.kind(), step.stepName(), step.activityId(), step.unit(), step.completedBy(), step.startedAt(),
                step.dueAt(), step.endedAt(), step.timeliness() == null ? null : step.timeliness().name(),
                step.outcome() == null ? null : step.outcome().name(), step.note());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
