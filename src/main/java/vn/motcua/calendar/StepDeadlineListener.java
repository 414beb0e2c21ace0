package vn.motcua.calendar;

import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import vn.motcua.engine.StepProperties;

/**
 * Gives every new user task its due date from its time allocation (extension property
 * {@code allocationWorkingDays}, or that of the call activity that called its process), counted on the
 * working-day calendar from the moment the task starts and never later than the dossier's promised
 * return moment. A task whose model sets {@code camunda:dueDate} keeps it.
 */
class StepDeadlineListener implements TaskListener {

    private final CalendarService calendar;

    StepDeadlineListener(CalendarService calendar) {
        this.calendar = calendar;
    }

    @Override
    public void notify(DelegateTask task) {
        if (task.getDueDate() != null) {
            return;
        }
        ZonedDateTime now = ClockUtil.getCurrentTime().toInstant().atZone(VietnamTime.ZONE);
        String agency = agency(task);
        if (StepProperties.HANDOVER.equals(StepProperties.ofStep(task, StepProperties.DEADLINE_RULE))) {
            task.setDueDate(Date.from(calendar.handoverDeadline(now, agency).toInstant()));
            return;
        }
        BigDecimal days = allocation(StepProperties.ofStep(task, StepProperties.ALLOCATION));
        if (days == null || days.signum() == 0) {
            return;
        }
        ZonedDateTime caseDue = task.getVariable(WorkingDayBusinessCalendar.CASE_DUE_VARIABLE) instanceof Date due
                ? due.toInstant().atZone(VietnamTime.ZONE) : null;
        task.setDueDate(Date.from(calendar.stepDeadline(now, days, agency, caseDue).dueAt().toInstant()));
    }

    private static String agency(DelegateTask task) {
        String agency = StepProperties.ofScope(task, StepProperties.AGENCY_CODE);
        if (agency == null && task.getVariable(WorkingDayBusinessCalendar.AGENCY_VARIABLE) instanceof String code) {
            agency = code;
        }
        return agency;
    }

    private static BigDecimal allocation(String text) {
        try {
            return text == null ? null : new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
