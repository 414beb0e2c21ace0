package vn.motcua.web;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import vn.motcua.cases.Channel;
import vn.motcua.cases.Dossier;
import vn.motcua.cases.DossierAccess;
import vn.motcua.cases.DossierApologies;
import vn.motcua.cases.DossierDocuments;
import vn.motcua.cases.DossierService;
import vn.motcua.cases.DossierSupplements;
import vn.motcua.cases.DossierWithdrawal;
import vn.motcua.cases.IntakeOutcome;
import vn.motcua.cases.NewDossier;
import vn.motcua.cases.SubmittedDossier;
import vn.motcua.measurement.StepRecord;
import vn.motcua.measurement.StepRecords;
import vn.motcua.security.EngineUser;
import vn.motcua.web.InvalidRequestException.FieldProblem;

/** Dossiers for desk software, the online portal and staff. */
@RestController
@RequestMapping("/api/dossiers")
class DossierController {

    /** Citizen identity card (12 digits), old identity card (9 digits) or passport. */
    private static final Pattern ID_NUMBER = Pattern.compile("[0-9]{12}|[0-9]{9}|[A-Z][0-9]{7,8}");
    private static final Pattern PHONE = Pattern.compile("(\\+84|0)[0-9]{9,10}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final DossierService dossiers;
    private final DossierAccess access;
    private final DossierDocuments documents;
    private final DossierWithdrawal withdrawal;
    private final StepRecords steps;

    private final DossierSupplements supplements;
    private final DossierApologies apologies;

    DossierController(DossierService dossiers, DossierAccess access, DossierDocuments documents,
                      DossierWithdrawal withdrawal, StepRecords steps, DossierSupplements supplements,
                      DossierApologies apologies) {
        this.dossiers = dossiers;
        this.access = access;
        this.documents = documents;
        this.withdrawal = withdrawal;
        this.steps = steps;
        this.supplements = supplements;
        this.apologies = apologies;
    }

    record ApplicantBody(String name, String idNumber, String phone, String email, String address) {
    }

    record DossierBody(String procedureCode, String channel, ApplicantBody applicant, List<String> papers,
                       String intakeOutcome, String missingPapers, String refusalReason) {
    }

    record WithdrawalBody(String reason) {
    }

    record SubmittedResponse(String code, String status, String dueAt, String processInstanceId) {
    }

    record StepView(String kind, String step, String activityId, String unit, String completedBy,
                    OffsetDateTime startedAt, OffsetDateTime dueAt, OffsetDateTime endedAt, String timeliness) {
    }

    record DossierView(String code, String status, String statusLabel, String outcome, String procedureCode,
                       String procedureName, int procedureVersion, String procedureVersionTag, String agencyCode,
                       String channel, Applicant applicant, List<String> papers, OffsetDateTime submittedAt,
                       OffsetDateTime receivedAt, OffsetDateTime dueAt, OffsetDateTime resultAt,
                       OffsetDateTime closedAt, String receivedBy, String missingPapers, String refusalReason,
                       List<StepView> currentSteps,
                       List<StepView> history, String processInstanceId) {
    }

    @PostMapping
    ResponseEntity<SubmittedResponse> submit(@RequestBody(required = false) DossierBody body,
                                             @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        NewDossier submission = validate(body);
        if (key != null && (key.isBlank() || key.length() > 128)) {
            throw new InvalidRequestException("Idempotency-Key", "must be 1 to 128 characters");
        }
        SubmittedDossier submitted = dossiers.submit(submission, key);
        SubmittedResponse response = new SubmittedResponse(submitted.code(), submitted.status().name(),
                submitted.dueAt() == null ? null : RequestValues.format(submitted.dueAt().toZonedDateTime()),
                submitted.processInstanceId());
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/dossiers/" + submitted.code()))
                .header("Idempotent-Replayed", String.valueOf(submitted.replayed()))
                .body(response);
    }

    @GetMapping("/{code}")
    DossierView dossier(@PathVariable String code, @AuthenticationPrincipal EngineUser user) {
        Dossier dossier = readable(code, user);
        List<StepView> history = steps.ofDossier(code).stream().map(DossierController::view).toList();
        return new DossierView(dossier.code(), dossier.status().name(), dossier.status().label(),
                dossier.outcome() == null ? null : dossier.outcome().name(), dossier.procedureCode(),
                dossier.procedureName(), dossier.processDefinitionVersion(), dossier.versionTag(), dossier.agencyCode(),
                dossier.channel().name(), dossier.applicant(),
                dossier.papers().stream().map(paper -> paper.code()).toList(), dossier.submittedAt(),
                dossier.receivedAt(), dossier.dueAt(), dossier.resultAt(), dossier.closedAt(), dossier.clerk(),
                dossier.missingPapers(),
                dossier.refusalReason(), history.stream().filter(step -> step.endedAt() == null).toList(), history,
                dossier.processInstanceId());
    }

    @GetMapping(value = "/{code}/receipt.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> receipt(@PathVariable String code, @AuthenticationPrincipal EngineUser user) {
        return pdf("giay-tiep-nhan-" + code, documents.receipt(readable(code, user)));
    }

    @GetMapping(value = "/{code}/supplement-request.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> supplementRequest(@PathVariable String code, @AuthenticationPrincipal EngineUser user) {
        return pdf("phieu-yeu-cau-bo-sung-" + code, documents.supplementRequest(readable(code, user)));
    }

    @GetMapping(value = "/{code}/refusal.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> refusal(@PathVariable String code, @AuthenticationPrincipal EngineUser user) {
        return pdf("phieu-tu-choi-" + code, documents.refusal(readable(code, user)));
    }

    @GetMapping(value = "/{code}/apology.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> apologyPdf(@PathVariable String code, @AuthenticationPrincipal EngineUser user) {
        return pdf("phieu-xin-loi-" + code, documents.apology(readable(code, user)));
    }

    @GetMapping(value = "/{code}/control-sheet.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> controlSheet(@PathVariable String code, @AuthenticationPrincipal EngineUser user) {
        return pdf("phieu-kiem-soat-" + code, documents.controlSheet(readable(code, user)));
    }

    /** The citizen brought the missing papers: the statutory time starts again from zero. */
    @PostMapping("/{code}/supplement")
    DossierView supplement(@PathVariable String code, @AuthenticationPrincipal EngineUser user) {
        Dossier dossier = readable(code, user);
        if (!access.isDesk(user.groupIds())) {
            throw new org.springframework.security.access.AccessDeniedException("Only the desk receives supplements");
        }
        supplements.receive(dossier);
        return dossier(code, user);
    }

    record ApologyBody(String reason, String newReturnAt) {
    }

    record ApologyView(OffsetDateTime issuedAt, String issuedBy, String reason, OffsetDateTime newReturnAt) {
    }

    /** The apology with a new return date; it can be set once (a second attempt answers 409). */
    @PostMapping("/{code}/apology")
    ApologyView apology(@PathVariable String code, @RequestBody(required = false) ApologyBody body,
                        @AuthenticationPrincipal EngineUser user) {
        Dossier dossier = readable(code, user);
        List<FieldProblem> problems = new ArrayList<>();
        if (body == null || blank(body.reason())) {
            problems.add(new FieldProblem("reason", "is required"));
        }
        OffsetDateTime newReturnAt = null;
        try {
            newReturnAt = RequestValues.moment("newReturnAt", body == null ? null : body.newReturnAt()).toOffsetDateTime();
        } catch (InvalidRequestException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        Apology apology = apologies.issue(dossier, body.reason(), newReturnAt, user.id(), true);
        return new ApologyView(apology.issuedAt(), apology.issuedBy(), apology.reason(), apology.newDueAt());
    }

    private static ResponseEntity<byte[]> pdf(String name, byte[] pdf) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(name + ".pdf").build().toString())
                .body(pdf);
    }

    /** The citizen withdraws the dossier at the desk (at any step). */
    @PostMapping("/{code}/withdrawal")
    DossierView withdraw(@PathVariable String code, @RequestBody(required = false) WithdrawalBody body,
                         @AuthenticationPrincipal EngineUser user) {
        Dossier dossier = readable(code, user);
        if (!access.isDesk(user.groupIds())) {
            throw new org.springframework.security.access.AccessDeniedException("Only the desk records withdrawals");
        }
        String reason = body == null ? null : body.reason();
        withdrawal.withdraw(dossier, RequestValues.required("reason", reason));
        return dossier(code, user);
    }

    private Dossier readable(String code, EngineUser user) {
        Dossier dossier = dossiers.find(code).orElseThrow(() -> new NotFoundException("No dossier " + code));
        if (!access.canRead(dossier, user.groupIds())) {
            throw new org.springframework.security.access.AccessDeniedException("Not a dossier of your unit");
        }
        return dossier;
    }

    private static StepView view(StepRecord step) {
        return new StepView(step.kind(), step.stepName(), step.activityId(), step.unit(), step.completedBy(), step.startedAt(),
                step.dueAt(), step.endedAt(), step.timeliness() == null ? null : step.timeliness().name());
    }

    private static NewDossier validate(DossierBody body) {
        if (body == null) {
            throw new InvalidRequestException("body", "a JSON dossier is required");
        }
        List<FieldProblem> problems = new ArrayList<>();
        require(problems, "procedureCode", body.procedureCode());
        Channel channel = enumValue(problems, "channel", body.channel(), Channel.class, true);
        IntakeOutcome outcome = enumValue(problems, "intakeOutcome", body.intakeOutcome(), IntakeOutcome.class, false);
        ApplicantBody applicant = body.applicant();
        if (applicant == null) {
            problems.add(new FieldProblem("applicant", "is required"));
        } else {
            require(problems, "applicant.name", applicant.name());
            if (applicant.name() != null && applicant.name().length() > 200) {
                problems.add(new FieldProblem("applicant.name", "must be at most 200 characters"));
            }
            if (require(problems, "applicant.idNumber", applicant.idNumber())
                    && !ID_NUMBER.matcher(applicant.idNumber().trim()).matches()) {
                problems.add(new FieldProblem("applicant.idNumber",
                        "must be a 12-digit personal identification number, a 9-digit identity card or a passport number"));
            }
            if (applicant.phone() != null && !applicant.phone().isBlank()
                    && !PHONE.matcher(applicant.phone().replace(" ", "")).matches()) {
                problems.add(new FieldProblem("applicant.phone", "is not a Vietnamese phone number"));
            }
            if (applicant.email() != null && !applicant.email().isBlank() && !EMAIL.matcher(applicant.email()).matches()) {
                problems.add(new FieldProblem("applicant.email", "is not an e-mail address"));
            }
        }
        List<String> papers = body.papers() == null ? List.of() : body.papers();
        if (papers.stream().anyMatch(paper -> paper == null || paper.isBlank())) {
            problems.add(new FieldProblem("papers", "must not contain empty codes"));
        }
        if (outcome == IntakeOutcome.INCOMPLETE && blank(body.missingPapers())) {
            problems.add(new FieldProblem("missingPapers", "is required when intakeOutcome is INCOMPLETE"));
        }
        if (outcome == IntakeOutcome.INELIGIBLE && blank(body.refusalReason())) {
            problems.add(new FieldProblem("refusalReason", "is required when intakeOutcome is INELIGIBLE"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new NewDossier(body.procedureCode().trim(), channel,
                new Applicant(applicant.name().trim(), applicant.idNumber().trim(), trim(applicant.phone()),
                        trim(applicant.email()), trim(applicant.address())),
                papers.stream().map(String::trim).toList(), outcome, trim(body.missingPapers()),
                trim(body.refusalReason()));
    }

    private static boolean require(List<FieldProblem> problems, String field, String value) {
        if (blank(value)) {
            problems.add(new FieldProblem(field, "is required"));
            return false;
        }
        return true;
    }

    private static <E extends Enum<E>> E enumValue(List<FieldProblem> problems, String field, String value,
                                                   Class<E> type, boolean required) {
        if (blank(value)) {
            if (required) {
                problems.add(new FieldProblem(field, "is required"));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "'" + value + "' is not one of " + List.of(type.getEnumConstants())));
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trim(String value) {
        return blank(value) ? null : value.trim();
    }
}
