package vn.motcua.cases;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.VietnamTime;
import vn.motcua.deadlines.DossierClock;
import vn.motcua.engine.DossierVariables;
import vn.motcua.engine.Privileged;
import vn.motcua.deadlines.DossierDeadlines;
import vn.motcua.law.FormSet;
import vn.motcua.law.LegalRules;
import vn.motcua.law.Versions;

/**
 * The apology before the due moment (README, 'Deadlines, escalations and the official forms'), by the rule in force
 * on the dossier's receipt day ({@code app.rules.apology}): a warning period before the due moment (one working day
 * by default) the unit holding the dossier gets a task to issue it, with a reason and a new date. The new date can be
 * set once; the dossier still counts as late. Under the 2018 forms it is Phiếu xin lỗi và hẹn lại ngày trả kết quả
 * and the new date holds at once; under Circular 03/2025 it is Văn bản xin lỗi và đề nghị gia hạn thời gian giải
 * quyết (form 04): the unit asks the competent person for the extension, and the new date holds only once the
 * configured approver (by default the agency's leaders) agrees; a refusal sends it back to the unit with its reason.
 * Only the unit holding the dossier (a candidate group of the open apology task) or the desk issues it, and only
 * while that task is open: a manager reads the dossier but never writes to it.
 */
@Component("dossierApologies")
public class DossierApologies {

    public static final String TASK = "Task_IssueApology";
    /** The competent person's approval of the extension (form 04 of Circular 03/2025). */
    public static final String APPROVAL_TASK = "Task_ApproveExtension";
    /** The apology task's own variable: whether the dossier prints the forms of Circular 03/2025. */
    static final String FORMS_2025 = "apologyForms2025";
    static final String NAME_2018 = "Ban hành Phiếu xin lỗi và hẹn lại ngày trả kết quả";
    static final String NAME_2025 = "Lập Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết";
    /** The width of motcua_dossier.apology_reason (V3__deadlines.sql). */
    private static final int MAX_REASON = 4000;

    private static final Logger LOG = LoggerFactory.getLogger(DossierApologies.class);

    private final DossierRepository dossiers;
    private final TaskService taskService;
    private final ProcessEngine engine;
    private final DossierAccess access;
    private final DossierClock dossierClock;
    private final Clock clock;

    private final DossierMeasurements measurements;
    private final LegalRules rules;
    private final CasesSettings settings;
    private final DossierDeadlines deadlines;
    private final vn.motcua.deadlines.DeadlineSettings deadlineSettings;

    DossierApologies(DossierRepository dossiers, @Lazy TaskService taskService, @Lazy ProcessEngine engine,
                     DossierAccess access, DossierClock dossierClock, Clock clock, DossierMeasurements measurements,
                     LegalRules rules, CasesSettings settings, DossierDeadlines deadlines,
                     vn.motcua.deadlines.DeadlineSettings deadlineSettings) {
        this.deadlineSettings = deadlineSettings;
        this.rules = rules;
        this.settings = settings;
        this.deadlines = deadlines;
        this.dossierClock = dossierClock;
        this.measurements = measurements;
        this.dossiers = dossiers;
        this.taskService = taskService;
        this.engine = engine;
        this.access = access;
        this.clock = clock;
    }

    public boolean alreadyIssued(DelegateExecution execution) {
        return dossiers.apology(dossiers.ofExecution(execution).code()).isPresent();
    }

    /** The rule in force on the dossier's receipt day. */
    private Versions.Apology rule(Dossier dossier) {
        return rules.apologyOn(DossierForms.receiptDay(dossier));
    }

    /**
     * The apology task's create listener: its name as the form set of the dossier's receipt day calls the paper
     * (the diagram says "Xin lỗi, hẹn lại ngày trả kết quả (Mẫu số 04)" for both).
     */
    public void named(DelegateTask task) {
        Dossier dossier = dossiers.ofExecution(task.getExecution());
        boolean forms2025 = rules.formSetOn(DossierForms.receiptDay(dossier)) == FormSet.CIRCULAR_03_2025;
        task.setName(forms2025 ? NAME_2025 : NAME_2018);
        // the task form words the paper by it (IssueApologyForm)
        task.setVariableLocal(FORMS_2025, forms2025);
    }

    /** Whether the dossier's new date needs the competent person's approval (app.rules.apology, by receipt day). */
    public boolean approvalRequired(DelegateExecution execution) {
        return rule(dossiers.ofExecution(execution)).approval();
    }

    /**
     * Who approves the extension: the group the rule configures for the agency, else the agency's leaders
     * (app.cases.agency-leader-groups), else the heads of the units holding the dossier ({@code <unit>-lanh-dao}; for
     * the desk, the head of the one-stop desk).
     * No legal text names them (README: the law Motcua follows): configuration, today's practice as default.
     */
    public String approvers(DelegateExecution execution) {
        Dossier dossier = dossiers.ofExecution(execution);
        String configured = rule(dossier).approverGroups().get(dossier.agencyCode());
        if (configured == null) {
            configured = settings.agencyLeaderGroups().get(dossier.agencyCode());
        }
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        String deskHead = deadlineSettings.deskHeadGroup();
        String heads = java.util.Arrays.stream(deadlines.holdingUnits(execution).split(","))
                .map(String::strip).filter(unit -> !unit.isEmpty())
                .map(unit -> vn.motcua.engine.Role.ONE_STOP_CLERK.groupId().equals(unit) ? deskHead
                        : unit.endsWith("-lanh-dao") ? unit : unit + "-lanh-dao").distinct()
                .collect(java.util.stream.Collectors.joining(","));
        LOG.warn("Dossier {}: no approver of extensions configured for agency {} (app.rules.apology[].approver-groups "
                + "or app.cases.agency-leader-groups): offered to {}", dossier.code(), dossier.agencyCode(), heads);
        return heads;
    }

    /**
     * The apology task's completion: validates; then records the apology, or, when the extension needs approval,
     * keeps the request for the approver (who asked, in {@value DossierVariables#APOLOGY_REQUESTED_BY}). A refusal
     * rolls the completion back.
     */
    public void record(DelegateTask task) {
        String by = Context.getCommandContext() != null ? Context.getCommandContext().getAuthenticatedUserId() : null;
        Object reason = DossierVariables.apologyReason(task);
        Dossier dossier = dossiers.ofExecution(task.getExecution());
        OffsetDateTime newDueAt = moment(DossierVariables.newReturnDate(task), dossier.agencyCode());
        if (rule(dossier).approval()) {
            validate(dossier, reason == null ? null : reason.toString(), newDueAt);
            DossierVariables.setApologyRequestedBy(task.getExecution(), by);
            LOG.info("Dossier {}: extension to {} requested, awaiting approval", dossier.code(), newDueAt);
            return;
        }
        issue(dossier, reason == null ? null : reason.toString(), newDueAt, by, null);
    }

    /**
     * The approval task's completion: {@code extensionDecision} APPROVE, and the requested date takes effect (checked
     * again: it must still be a working moment in the future), or SEND_BACK with a reason, and the request goes back to
     * the unit. A refusal of the completion changes nothing.
     */
    public void decided(DelegateTask task) {
        String decision = DossierVariables.text(task, DossierVariables.EXTENSION_DECISION);
        DossierSendBacks.check(DossierVariables.EXTENSION_DECISION, decision, DossierVariables.sendBackReason(task));
        Dossier dossier = dossiers.ofExecution(task.getExecution());
        if (DossierVariables.SEND_BACK.equals(decision)) {
            LOG.info("Dossier {}: extension refused, back to the unit", dossier.code());
            return;
        }
        String approver = Context.getCommandContext() != null ? Context.getCommandContext().getAuthenticatedUserId() : null;
        Object reason = DossierVariables.apologyReason(task);
        String requestedBy = DossierVariables.apologyRequestedBy(task);
        issue(dossier, reason == null ? null : reason.toString(), moment(DossierVariables.newReturnDate(task),
                dossier.agencyCode()), requestedBy != null ? requestedBy : approver, approver);
    }

    /**
     * What is wrong with a new return moment for the dossier, in Vietnamese (README, 'Deadlines, escalations'):
     * a working moment strictly later than the moment promised now; empty when it is right.
     */
    public java.util.Optional<String> newReturnProblem(Dossier dossier, OffsetDateTime newReturnAt) {
        return dossierClock.newReturnProblem(dossier.promisedAt(), newReturnAt, now(), dossier.agencyCode());
    }

    /**
     * Whether the user may issue the dossier's apology: the desk, or a member of a candidate group of the
     * open apology task. With no task open, the units that worked the dossier may ask (and hear that it is
     * too early or done already: {@link #issue} answers 409); anyone else may not.
     */
    public boolean mayIssue(Dossier dossier, List<String> groupIds) {
        if (access.isDesk(groupIds)) {
            return true;
        }
        Task task = openTask(dossier);
        if (task == null) {
            return access.workedOn(dossier, groupIds);
        }
        return Privileged.call(engine, () -> taskService.getIdentityLinksForTask(task.getId())).stream()
                .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType())
                        && groupIds.contains(link.getGroupId()));
    }

    /**
     * Issues the apology through the API by completing the open apology task, whose listener records it;
     * 409 when no apology task is open (not yet due, or issued already). Who may is checked by the caller
     * ({@link #mayIssue}); the task is completed in the application's name, so the desk may too.
     */
    public java.util.Optional<Apology> issue(Dossier dossier, String reason, OffsetDateTime newDueAt) {
        Task task = requireOpen(dossier);
        validate(dossier, reason, newDueAt);
        Privileged.run(engine, () -> taskService.complete(task.getId(),
                Map.of(DossierVariables.APOLOGY_REASON, reason, DossierVariables.NEW_RETURN_DATE,
                        Date.from(newDueAt.toInstant()))));
        return dossiers.apology(dossier.code());
    }

    /**
     * The approver's decision through the API, by completing the open approval task (whose listener records it);
     * 409 when none is open. Who may is checked by the caller ({@link #mayApprove}).
     */
    public java.util.Optional<Apology> decide(Dossier dossier, String decision, String reason) {
        Task task = openApproval(dossier);
        if (task == null) {
            throw new DossierConflictException("Hồ sơ " + dossier.code() + " không có đề nghị gia hạn đang chờ phê duyệt");
        }
        Map<String, Object> answers = new java.util.HashMap<>();
        answers.put(DossierVariables.EXTENSION_DECISION, decision);
        answers.put(DossierVariables.SEND_BACK_REASON, reason);
        Privileged.run(engine, () -> taskService.complete(task.getId(), answers));
        return dossiers.apology(dossier.code());
    }

    /** Whether the user is in a candidate group of the dossier's open approval task. */
    public boolean mayApprove(Dossier dossier, List<String> groupIds) {
        Task task = openApproval(dossier);
        return task != null && Privileged.call(engine, () -> taskService.getIdentityLinksForTask(task.getId())).stream()
                .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && groupIds.contains(link.getGroupId()));
    }

    /** The dossier's open approval task, if any. */
    public Task openApproval(Dossier dossier) {
        return Privileged.call(engine, () -> taskService.createTaskQuery().processInstanceId(dossier.processInstanceId())
                .taskDefinitionKey(APPROVAL_TASK).singleResult());
    }

    /**
     * The dossier's open apology task; 409 when the new date was set already (once only) or no apology task
     * is open (not yet due). Asked before the request's fields are judged: a second apology is told it comes
     * too late, whatever its date.
     */
    public Task requireOpen(Dossier dossier) {
        if (dossiers.apology(dossier.code()).isPresent()) {
            throw alreadySet(dossier);
        }
        if (openApproval(dossier) != null) {
            throw new DossierConflictException("Hồ sơ " + dossier.code() + " đã có đề nghị gia hạn đang chờ người có thẩm "
                    + "quyền phê duyệt");
        }
        Task task = openTask(dossier);
        if (task == null) {
            throw new DossierConflictException("Hồ sơ " + dossier.code() + " không có việc \"Ban hành Phiếu xin lỗi\" "
                    + "đang mở: chỉ ban hành khi hồ sơ sắp đến hạn mà chưa có kết quả");
        }
        return task;
    }

    /** The open apology task of the dossier's own process instance, if any. */
    private Task openTask(Dossier dossier) {
        return Privileged.call(engine, () -> taskService.createTaskQuery().processInstanceId(dossier.processInstanceId())
                .taskDefinitionKey(TASK).singleResult());
    }

    private void issue(Dossier dossier, String reason, OffsetDateTime newDueAt, String by, String approvedBy) {
        validate(dossier, reason, newDueAt);
        OffsetDateTime now = now();
        if (!dossiers.apologised(dossier.code(), reason.trim(), newDueAt, by, approvedBy, now)) {
            throw alreadySet(dossier);
        }
        measurements.apologised(dossier, now);
        measurements.stateChanged(dossier.code(), DossierState.APOLOGY_ISSUED, reason.trim());
        LOG.info("Dossier {}: apology issued, new return date {}", dossier.code(), newDueAt);
    }

    private void validate(Dossier dossier, String reason, OffsetDateTime newDueAt) {
        if (dossier.status() == DossierStatus.CLOSED) {
            throw new DossierConflictException("Hồ sơ " + dossier.code() + " đã kết thúc: không ban hành Phiếu xin lỗi");
        }
        if (dossiers.apology(dossier.code()).isPresent()) {
            throw alreadySet(dossier);
        }
        if (reason == null || reason.isBlank()) {
            throw new BadUserRequestException("Phải ghi rõ lý do chậm trả kết quả (apologyReason)");
        }
        if (reason.length() > MAX_REASON) {
            // also when the task is completed through Camunda's REST API, not only through /api
            throw new BadUserRequestException("Lý do chậm trả kết quả dài quá " + MAX_REASON + " ký tự (apologyReason)");
        }
        // the task form's field is newReturnDate; the API checks first and names its own field (newReturnAt)
        newReturnProblem(dossier, newDueAt).ifPresent(problem -> {
            throw new BadUserRequestException(problem + " (" + DossierVariables.NEW_RETURN_DATE + ")");
        });
    }

    private DossierConflictException alreadySet(Dossier dossier) {
        // app.rules.apology: times 1 (Decree 61/2018's rule, kept as the configured default since)
        Versions.Apology rule = rules.apologyOn(DossierForms.receiptDay(dossier));
        return new DossierConflictException("Hồ sơ " + dossier.code() + " đã được hẹn lại ngày trả kết quả: chỉ được "
                + "hẹn lại " + rule.times() + " lần (" + rule.shownSource() + ")");
    }

    /**
     * Tasklist submits a date as a Date, or as ISO text; a date without a time of day (the form's date field)
     * means the close of the agency's office hours that day.
     */
    private OffsetDateTime moment(Object value, String agencyCode) {
        if (value instanceof Date date) {
            java.time.ZonedDateTime local = date.toInstant().atZone(VietnamTime.ZONE);
            return local.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                    ? dossierClock.closeOf(local.toLocalDate(), agencyCode) : local.toOffsetDateTime();
        }
        if (value instanceof String text && !text.isBlank()) {
            try {
                return OffsetDateTime.parse(text);
            } catch (java.time.format.DateTimeParseException e) {
                try {
                    return java.time.LocalDateTime.parse(text).atZone(VietnamTime.ZONE).toOffsetDateTime();
                } catch (java.time.format.DateTimeParseException notLocal) {
                    try {
                        return dossierClock.closeOf(java.time.LocalDate.parse(text), agencyCode);
                    } catch (java.time.format.DateTimeParseException notDate) {
                        throw new BadUserRequestException("Ngày hẹn trả mới không hợp lệ (" + DossierVariables.NEW_RETURN_DATE
                                + "): nhập ngày dạng dd/mm/yyyy");
                    }
                }
            }
        }
        return null;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), VietnamTime.ZONE);
    }
}
