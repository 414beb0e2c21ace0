package vn.motcua.cases;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.VietnamTime;

/**
 * Phiếu xin lỗi và hẹn lại ngày trả kết quả (DOMAIN.md §3 item 7): one working day before the due
 * moment the unit holding the dossier gets a task to issue it, with a reason and a new date. The new
 * date can be set once; the dossier still counts as late.
 */
@Component("dossierApologies")
public class DossierApologies {

    public static final String TASK = "Task_IssueApology";
    static final String REASON = "apologyReason";
    static final String NEW_DATE = "newReturnDate";

    private static final Logger LOG = LoggerFactory.getLogger(DossierApologies.class);

    private final DossierRepository dossiers;
    private final TaskService taskService;
    private final Clock clock;

    private final DossierMeasurements measurements;

    DossierApologies(DossierRepository dossiers, @Lazy TaskService taskService, Clock clock,
                     DossierMeasurements measurements) {
        this.measurements = measurements;
        this.dossiers = dossiers;
        this.taskService = taskService;
        this.clock = clock;
    }

    public boolean alreadyIssued(DelegateExecution execution) {
        return dossiers.apology(execution.getProcessBusinessKey()).isPresent();
    }

    /** The apology task's completion: validates and records; a refusal rolls the completion back. */
    public void record(DelegateTask task) {
        String code = task.getExecution().getProcessBusinessKey();
        String by = Context.getCommandContext() != null ? Context.getCommandContext().getAuthenticatedUserId() : null;
        Object reason = task.getVariable(REASON);
        issue(dossiers.findByCode(code).orElseThrow(), reason == null ? null : reason.toString(),
                moment(task.getVariable(NEW_DATE)), by);
    }

    /**
     * Issues the apology through the API: completes the open apology task when there is one (its
     * listener records it), otherwise records it at once.
     */
    public Apology issue(Dossier dossier, String reason, OffsetDateTime newDueAt, String by, boolean viaApi) {
        validate(dossier, reason, newDueAt);
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(dossier.code()).taskDefinitionKey(TASK)
                .singleResult();
        if (viaApi && task != null) {
            taskService.complete(task.getId(), Map.of(REASON, reason, NEW_DATE, Date.from(newDueAt.toInstant())));
        } else {
            issue(dossier, reason, newDueAt, by);
        }
        return dossiers.apology(dossier.code()).orElseThrow();
    }

    private void issue(Dossier dossier, String reason, OffsetDateTime newDueAt, String by) {
        validate(dossier, reason, newDueAt);
        OffsetDateTime now = now();
        if (!dossiers.apologised(dossier.code(), reason.trim(), newDueAt, by, now)) {
            throw new DossierConflictException("A new return date was already set for dossier " + dossier.code()
                    + ": it may be set only once (Decree 61/2018 Art. 19)");
        }
        measurements.apologised(dossier, now);
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
        if (newDueAt == null) {
            throw new BadUserRequestException("Phải hẹn lại ngày trả kết quả (newReturnDate)");
        }
        if (!newDueAt.isAfter(now())) {
            throw new BadUserRequestException("Ngày hẹn trả mới phải ở tương lai (newReturnDate)");
        }
        if (dossier.dueAt() != null && !newDueAt.isAfter(dossier.dueAt())) {
            throw new BadUserRequestException("Ngày hẹn trả mới phải sau ngày hẹn trả hiện tại " + dossier.dueAt()
                    + " (newReturnDate)");
        }
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
