package vn.motcua.deadlines;

import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.CalendarService;
import vn.motcua.calendar.VietnamTime;
import vn.motcua.engine.DossierVariables;
import vn.motcua.engine.StepProperties;
import vn.motcua.law.LegalRules;

/**
 * The due moments of a dossier and its steps: a step's due moment and its warning (the task's due date
 * and its escalation job), and the moments the models' timers wait for, e.g.
 * {@code ${dossierDeadlines.dossierDueAt(execution)}}: the dossier's, an agency's share, the supplement
 * limit, abandonment. A scope's due moment (an agency's sub-process) is computed once, when it starts,
 * and kept on the scope, so its timer and its record agree.
 */
@Component("dossierDeadlines")
public class DossierDeadlines {

    private final CalendarService calendar;
    private final DeadlineSettings settings;
    private final TaskService taskService;
    private final RuntimeService runtimeService;

    private final LegalRules rules;

    DossierDeadlines(CalendarService calendar, DeadlineSettings settings, @Lazy TaskService taskService,
                     @Lazy RuntimeService runtimeService, LegalRules rules) {
        this.rules = rules;
        this.calendar = calendar;
        this.settings = settings;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
    }

    /** The due moment of the step (user task or agency sub-process) the execution is in; null when it has none. */
    public Date stepDueAt(DelegateExecution execution) {
        ExecutionEntity scope = (ExecutionEntity) execution;
        Date known = DossierVariables.stepDueAtLocal(scope);
        if (known != null) {
            return known;
        }
        ActivityImpl activity = scope.getActivity();
        ZonedDateTime now = now();
        Date due = compute(activity, scope, now);
        if (due != null && scope.isScope() && activity != null && activity.isScope()) {
            DossierVariables.setStepLocal(scope, due, Date.from(now.toInstant()));
        }
        return due;
    }

    /**
     * When to warn that the task falls due (its due date, however it was set): the warning period before
     * it, or half the allocation for short steps.
     */
    public Date stepWarnAt(DelegateTask task) {
        ExecutionEntity execution = (ExecutionEntity) task.getExecution();
        Date due = task.getDueDate();
        BigDecimal allocation = allocation(execution.getActivity(), execution);
        BigDecimal before = settings.warnBeforeWorkingDays();
        if (allocation != null && allocation.signum() > 0) {
            before = before.min(allocation.divide(BigDecimal.valueOf(2)));
        }
        return warn(due, before, agency(execution));
    }

    /** The dossier's promised return moment. */
    public Date dossierDueAt(DelegateExecution execution) {
        return DossierVariables.dossierDueAt(execution);
    }

    /**
     * The apology must leave by then: the rule in force on the dossier's receipt day (app.rules.apology, one working
     * day before the promised return moment by default).
     */
    public Date dossierWarnAt(DelegateExecution execution) {
        return warn(dossierDueAt(execution), rules.apologyOn(receiptDay(execution)).workingDaysBefore(),
                agency((ExecutionEntity) execution));
    }

    /**
     * The supplement request must leave within the working days the rule in force on the receipt day gives
     * (app.rules.supplement, three by default) of (re)receipt, counted like a dossier.
     */
    public Date supplementLimitAt(DelegateExecution execution) {
        Date started = DossierVariables.clockStartedAt(execution);
        ZonedDateTime from = started != null ? started.toInstant().atZone(VietnamTime.ZONE) : now();
        return Date.from(calendar.caseDeadline(from, rules.supplementOn(receiptDay(execution)).withinWorkingDays(),
                agency((ExecutionEntity) execution)).dueAt().toInstant());
    }

    /**
     * The day that picks the legal rules the dossier follows: its first receipt (before receipt, or for a dossier
     * received before it was kept, when its clock last started; else today).
     */
    public static java.time.LocalDate receiptDay(org.camunda.bpm.engine.delegate.VariableScope execution) {
        Date received = DossierVariables.receivedAt(execution);
        if (received == null) {
            received = DossierVariables.clockStartedAt(execution);
        }
        return received != null ? received.toInstant().atZone(VietnamTime.ZONE).toLocalDate()
                : ClockUtil.getCurrentTime().toInstant().atZone(VietnamTime.ZONE).toLocalDate();
    }

    public Date supplementWarnAt(DelegateExecution execution) {
        return warn(supplementLimitAt(execution), settings.warnBeforeWorkingDays(), agency((ExecutionEntity) execution));
    }

    /** When a dossier waiting for the citizen's supplement is closed as abandoned. */
    public Date abandonAt(DelegateExecution execution) {
        return Date.from(calendar.stepDeadline(now(), rules.abandonAfterWorkingDaysOn(receiptDay(execution)),
                agency((ExecutionEntity) execution), null).dueAt().toInstant());
    }

    /** One working day from now: Tasklist's "due within one working day" filter asks for it. */
    public Date oneWorkingDayFromNow() {
        return Date.from(calendar.stepDeadline(now(), BigDecimal.ONE, null, null).dueAt().toInstant());
    }

    /**
     * The candidate groups of the dossier's open steps: the unit holding it now. The steps of its own process
     * instance tree only (the procedure and the blocks it called), never of another instance that happens
     * to carry the same business key.
     */
    public String holdingUnits(DelegateExecution execution) {
        Set<String> groups = new LinkedHashSet<>();
        String[] instances = runtimeService.createProcessInstanceQuery()
                .rootProcessInstanceId(((ExecutionEntity) execution).getRootProcessInstanceId()).list().stream()
                .map(org.camunda.bpm.engine.runtime.ProcessInstance::getId).toArray(String[]::new);
        for (Task task : taskService.createTaskQuery().processInstanceIdIn(instances).list()) {
            for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
                if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                    groups.add(link.getGroupId());
                }
            }
        }
        return groups.isEmpty() ? "one-stop-clerk" : String.join(",", groups);
    }

    private Date compute(ActivityImpl activity, ExecutionEntity execution, ZonedDateTime now) {
        String agency = agency(execution);
        if (activity != null && StepProperties.HANDOVER.equals(property(activity, execution, StepProperties.DEADLINE_RULE))) {
            return Date.from(calendar.handoverDeadline(now, agency).toInstant());
        }
        String dueVariable = activity == null ? null : StepProperties.of(activity, StepProperties.DUE_DATE_VARIABLE);
        if (dueVariable != null && execution.getVariable(dueVariable) instanceof Date planned) {
            return closeOfWorkingDay(planned.toInstant().atZone(VietnamTime.ZONE).toLocalDate(), agency);
        }
        BigDecimal days = allocation(activity, execution);
        if (days == null || days.signum() == 0) {
            return null;
        }
        Date due = dossierDueAt(execution);
        ZonedDateTime caseDue = due != null ? due.toInstant().atZone(VietnamTime.ZONE) : null;
        return Date.from(calendar.stepDeadline(now, days, agency, caseDue).dueAt().toInstant());
    }

    /** The close of office hours of the day, or of the working day before it when it is not one. */
    private Date closeOfWorkingDay(java.time.LocalDate day, String agency) {
        var lookup = calendar.calendar().lookup();
        java.time.LocalDate working = lookup.isWorkingDay(day) ? day : lookup.previousWorkingDay(day);
        return Date.from(working.atTime(calendar.officeHours(agency).close()).atZone(VietnamTime.ZONE).toInstant());
    }

    private Date warn(Date due, BigDecimal before, String agency) {
        if (due == null) {
            return null;
        }
        ZonedDateTime warnAt = calendar.minusWorkingDays(due.toInstant().atZone(VietnamTime.ZONE), before, agency);
        ZonedDateTime now = now();
        return Date.from((warnAt.isBefore(now) ? now : warnAt).toInstant());
    }

    static BigDecimal allocation(ActivityImpl activity, ExecutionEntity execution) {
        String text = activity == null ? null : property(activity, execution, StepProperties.ALLOCATION);
        try {
            return text == null ? null : new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The step's own property, else that of the call activity that called its process. */
    static String property(ActivityImpl activity, ExecutionEntity execution, String name) {
        String own = StepProperties.of(activity, name);
        if (own != null) {
            return own;
        }
        ExecutionEntity caller = execution.getProcessInstance().getSuperExecution();
        return caller != null && caller.getActivity() != null ? StepProperties.of(caller.getActivity(), name) : null;
    }

    /** The agency of the nearest enclosing agency sub-process, else the dossier's. */
    static String agency(ExecutionEntity execution) {
        for (ScopeImpl scope = execution.getActivity(); scope != null;
             scope = scope instanceof ActivityImpl activity ? activity.getFlowScope() : null) {
            String agency = StepProperties.of(scope, StepProperties.AGENCY_CODE);
            if (agency != null) {
                return agency;
            }
        }
        return DossierVariables.agencyCode(execution);
    }

    static ZonedDateTime now() {
        return ClockUtil.getCurrentTime().toInstant().atZone(VietnamTime.ZONE);
    }
}
