package vn.motcua.measurement;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

import vn.motcua.calendar.VietnamTime;
import vn.motcua.engine.StepProperties;

/**
 * Records each step of a dossier as its task starts and ends, in the engine's own transaction, so a
 * retried or rolled-back command never leaves a step counted twice or lost. Only dossier processes
 * (those with a {@code dossierCode} variable) are recorded.
 */
class StepRecorder implements TaskListener {

    static final String DOSSIER_CODE = "dossierCode";
    static final String AGENCY_CODE = "agencyCode";

    private final StepRecords records;
    private final DailyStats stats;

    StepRecorder(StepRecords records, DailyStats stats) {
        this.records = records;
        this.stats = stats;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!(task.getVariable(DOSSIER_CODE) instanceof String dossierCode)) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), VietnamTime.ZONE);
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> records.started(task.getId(), dossierCode, task.getProcessInstanceId(),
                    task.getTaskDefinitionKey(), task.getName(), unit(task), agency(task), allocation(task), now,
                    moment(task.getDueDate()));
            case EVENTNAME_COMPLETE -> {
                Timeliness timeliness = Timeliness.judge(now.toZonedDateTime(), task.getDueDate() == null ? null
                        : moment(task.getDueDate()).toZonedDateTime());
                records.ended(task.getId(), now, completedBy(task), timeliness);
                if (timeliness != null) {
                    // per unit, so that a delay is traced to the unit that caused it
                    stats.add(now.toLocalDate(), String.valueOf(agency(task)), unit(task), records.procedureOf(dossierCode),
                            switch (timeliness) {
                                case EARLY -> Metric.STEPS_EARLY;
                                case ON_TIME -> Metric.STEPS_ON_TIME;
                                case LATE -> Metric.STEPS_LATE;
                            });
                }
            }
            case EVENTNAME_DELETE -> records.ended(task.getId(), now, null, null);
            default -> {
            }
        }
    }

    /** The responsible unit: the task's candidate groups. */
    private static String unit(DelegateTask task) {
        return task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).sorted().collect(Collectors.joining(","));
    }

    private static String agency(DelegateTask task) {
        String agency = StepProperties.ofScope(task, StepProperties.AGENCY_CODE);
        return agency != null ? agency : (String) task.getVariable(AGENCY_CODE);
    }

    private static BigDecimal allocation(DelegateTask task) {
        String text = StepProperties.ofStep(task, StepProperties.ALLOCATION);
        try {
            return text == null ? null : new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String completedBy(DelegateTask task) {
        String user = Context.getCommandContext() != null ? Context.getCommandContext().getAuthenticatedUserId() : null;
        return user != null ? user : task.getAssignee();
    }

    private static OffsetDateTime moment(Date date) {
        return date == null ? null : OffsetDateTime.ofInstant(date.toInstant(), VietnamTime.ZONE);
    }
}
