package vn.motcua.calendar;

import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

import vn.motcua.engine.DossierVariables;

/**
 * The engine's business calendar with the working-day notation for modellers: {@code 3WD} or
 * {@code 0.5WD} is that many working days counted in working hours inside office hours from the
 * moment the task or timer starts (README: 'For process modellers', working-day notation). Everything else (ISO
 * dates,
 * ISO durations) keeps the meaning the wrapped Camunda calendar gives it.
 *
 * <p>The agency's own office hours apply when the process has an {@value DossierVariables#AGENCY_CODE}
 * variable; a task's due date is never later than the dossier's {@value DossierVariables#DOSSIER_DUE_DATE}.
 */
public class WorkingDayBusinessCalendar implements BusinessCalendar {

    private static final Pattern WORKING_DAYS = Pattern.compile("(\\d{1,4}(?:\\.\\d{1,3})?)\\s*WD");

    private final BusinessCalendar standard;
    private final CalendarService calendar;

    public WorkingDayBusinessCalendar(BusinessCalendar standard, CalendarService calendar) {
        this.standard = standard;
        this.calendar = calendar;
    }

    /** True when the text is in the working-day notation, e.g. {@code 3WD} or {@code 0.5WD}. */
    public static boolean isWorkingDayNotation(String text) {
        return text != null && WORKING_DAYS.matcher(text.trim().toUpperCase(Locale.ROOT)).matches();
    }

    @Override
    public Date resolveDuedate(String description) {
        return resolveDuedate(description, (Date) null);
    }

    @Override
    public Date resolveDuedate(String description, Date startDate) {
        Matcher matcher = matcher(description);
        if (matcher == null) {
            return standard.resolveDuedate(description, startDate);
        }
        VariableScope scope = currentExecution();
        return resolve(matcher, startDate, scope, false);
    }

    @Override
    public Date resolveDuedate(String description, Task task) {
        Matcher matcher = matcher(description);
        if (matcher == null) {
            return standard.resolveDuedate(description, task);
        }
        VariableScope scope = task instanceof TaskEntity entity && entity.getExecution() != null
                ? entity.getExecution() : currentExecution();
        return resolve(matcher, null, scope, true);
    }

    private Date resolve(Matcher matcher, Date startDate, VariableScope scope, boolean capByCaseDeadline) {
        BigDecimal days = new BigDecimal(matcher.group(1));
        Date start = startDate != null ? startDate : ClockUtil.getCurrentTime();
        String agency = scope != null ? DossierVariables.agencyCode(scope) : null;
        Date due = capByCaseDeadline && scope != null ? DossierVariables.dossierDueAt(scope) : null;
        ZonedDateTime notAfter = due != null ? due.toInstant().atZone(VietnamTime.ZONE) : null;
        StepDeadline deadline = calendar.stepDeadline(start.toInstant().atZone(VietnamTime.ZONE), days, agency,
                notAfter);
        return Date.from(deadline.dueAt().toInstant());
    }

    private static Matcher matcher(String description) {
        if (description == null) {
            return null;
        }
        Matcher matcher = WORKING_DAYS.matcher(description.trim().toUpperCase(Locale.ROOT));
        return matcher.matches() ? matcher : null;
    }

    private static VariableScope currentExecution() {
        BpmnExecutionContext context = Context.getBpmnExecutionContext();
        return context != null ? context.getExecution() : null;
    }
}
