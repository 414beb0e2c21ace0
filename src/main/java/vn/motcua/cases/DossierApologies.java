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

/**
 * Phiếu xin lỗi và hẹn lại ngày trả kết quả (Decree 61/2018/NĐ-CP, kept as the configured default: README,
 * 'Deadlines, escalations and the official forms'): one working day before the due
 * moment the unit holding the dossier gets a task to issue it, with a reason and a new date. The new
 * date can be set once; the dossier still counts as late. Only the unit holding the dossier (a candidate
 * group of the open apology task) or the desk issues it, and only while that task is open: a manager reads
 * the dossier but never writes to it.
 */
@Component("dossierApologies")
public class DossierApologies {

    public static final String TASK = "Task_IssueApology";
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

    DossierApologies(DossierRepository dossiers, @Lazy TaskService taskService, @Lazy ProcessEngine engine,
                     DossierAccess access, DossierClock dossierClock, Clock clock, DossierMeasurements measurements) {
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

    /** The apology task's completion: validates and records; a refusal rolls the completion back. */
    public void record(DelegateTask task) {
        String by = Context.getCommandContext() != null ? Context.getCommandContext().getAuthenticatedUserId() : null;
        Object reason = DossierVariables.apologyReason(task);
        issue(dossiers.ofExecution(task.getExecution()), reason == null ? null : reason.toString(),
                moment(DossierVariables.newReturnDate(task)), by);
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
    public Apology issue(Dossier dossier, String reason, OffsetDateTime newDueAt) {
        if (dossiers.apology(dossier.code()).isPresent()) {
            throw new DossierConflictException("A new return date was already set for dossier " + dossier.code()
                    + ": it may be set only once (Decree 61/2018 Art. 19)");
        }
        Task task = openTask(dossier);
        if (task == null) {
            throw new DossierConflictException("Hồ sơ " + dossier.code() + " không có việc \"Ban hành Phiếu xin lỗi\" "
                    + "đang mở: chỉ ban hành khi hồ sơ sắp đến hạn mà chưa có kết quả");
        }
        validate(dossier, reason, newDueAt);
        Privileged.run(engine, () -> taskService.complete(task.getId(),
                Map.of(DossierVariables.APOLOGY_REASON, reason, DossierVariables.NEW_RETURN_DATE,
                        Date.from(newDueAt.toInstant()))));
        return dossiers.apology(dossier.code()).orElseThrow();
    }

    /** The open apology task of the dossier's own process instance, if any. */
    private Task openTask(Dossier dossier) {
        return Privileged.call(engine, () -> taskService.createTaskQuery().processInstanceId(dossier.processInstanceId())
                .taskDefinitionKey(TASK).singleResult());
    }

    private void issue(Dossier dossier, String reason, OffsetDateTime newDueAt, String by) {
        validate(dossier, reason, newDueAt);
        OffsetDateTime now = now();
        if (!dossiers.apologised(dossier.code(), reason.trim(), newDueAt, by, now)) {
            throw new DossierConflictException("A new return date was already set for dossier " + dossier.code()
                    + ": it may be set only once (Decree 61/2018 Art. 19)");
        }
        measurements.apologised(dossier, now);
        measurements.stateChanged(dossier.code(), DossierState.APOLOGY_ISSUED, reason.trim());
        LOG.info("Dossier {}: apology issued, new return date {}", dossier.code(), newDueAt);
    }

    private void validate(Dossier dossier, String reason, OffsetDateTime newDueAt) {
        if (dossier.status() == DossierStatus.CLOSED) {
            throw new DossierConflictException("Dossier " + dossier.code() + " is closed: no apology can be issued");
        }
        if (dossiers.apology(dossier.code()).isPresent()) {
            throw new DossierConflictException("A new return date was already set for dossier " + dossier.code()
                    + ": it may be set only once (Decree 61/2018 Art. 19)");
        }
        if (reason == null || reason.isBlank()) {
            throw new BadUserRequestException("Phải ghi rõ lý do chậm trả kết quả (apologyReason)");
        }
        if (reason.length() > MAX_REASON) {
            // also when the task is completed through Camunda's REST API, not only through /api
            throw new BadUserRequestException("Lý do chậm trả kết quả dài quá " + MAX_REASON + " ký tự (apologyReason)");
        }
        dossierClock.checkNewReturnDate(dossier.dueAt(), newDueAt, now());
    }

    /** Tasklist submits a date as a Date, or as ISO text. */
    private static OffsetDateTime moment(Object value) {
        if (value instanceof Date date) {
            return date.toInstant().atZone(VietnamTime.ZONE).toOffsetDateTime();
        }
        if (value instanceof String text && !text.isBlank()) {
            try {
                return OffsetDateTime.parse(text);
            } catch (java.time.format.DateTimeParseException e) {
                try {
                    return java.time.LocalDateTime.parse(text).atZone(VietnamTime.ZONE).toOffsetDateTime();
                } catch (java.time.format.DateTimeParseException notLocal) {
                    try {
                        return java.time.LocalDate.parse(text).atTime(17, 0).atZone(VietnamTime.ZONE).toOffsetDateTime();
                    } catch (java.time.format.DateTimeParseException notDate) {
                        throw new BadUserRequestException("Ngày hẹn trả mới không hợp lệ: " + text + " (newReturnDate)");
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
