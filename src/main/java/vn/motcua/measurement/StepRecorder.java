package vn.motcua.measurement;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

import vn.motcua.calendar.VietnamTime;
import vn.motcua.engine.DossierVariables;
import vn.motcua.engine.StepProperties;
import vn.motcua.organisation.Organisation;
import vn.motcua.organisation.Unit;
import vn.motcua.organisation.UnitKind;

/**
 * Records each step of a dossier as its task starts and ends, in the engine's own transaction, so a
 * retried or rolled-back command never leaves a step counted twice or lost. Only the tasks of a registered
 * dossier's process instance tree (the procedure and the shared intake and return blocks it calls) are
 * recorded, under the dossier registered for the tree's root: a variable (dossierCode) or another model
 * never puts a step on a dossier, so never grants its unit access to it. The QMS processes record no steps.
 * A step ends done, sent back to the step before (README: 'A dossier, end to end') or stopped, with its note:
 * the opinion its form wrote or the reason it was sent back ({@link DossierVariables#STEP_INPUTS}, cleared as
 * each step starts, so that each step's are its own).
 */
class StepRecorder implements TaskListener {

    private final StepRecords records;
    private final DailyStats stats;
    private final Organisation organisation;
    /** The agencyCode of a commune-level procedure's model (cases.ProcedureProperties.COMMUNE). */
    private static final String COMMUNE = "COMMUNE";

    StepRecorder(StepRecords records, DailyStats stats, Organisation organisation) {
        this.records = records;
        this.stats = stats;
        this.organisation = organisation;
    }

    @Override
    public void notify(DelegateTask task) {
        ExecutionEntity execution = (ExecutionEntity) task.getExecution();
        StepRecords.Registered dossier = execution == null ? null
                : records.registeredFor(execution.getRootProcessInstanceId()).orElse(null);
        if (dossier == null) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), VietnamTime.ZONE);
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> {
                // a step starts with its own inputs empty: it never decides with, nor records, another's
                DossierVariables.clearStepInputs(execution);
                records.started(task.getId(), dossier.code(), task.getProcessInstanceId(),
                        task.getTaskDefinitionKey(), task.getName(), unit(task), agency(task, dossier), allocation(task),
                        now, moment(task.getDueDate()));
            }
            case EVENTNAME_COMPLETE -> {
                Timeliness timeliness = Timeliness.judge(now.toZonedDateTime(), task.getDueDate() == null ? null
                        : moment(task.getDueDate()).toZonedDateTime());
                boolean sentBack = DossierVariables.sentBack(task);
                records.ended(task.getId(), now, completedBy(task), timeliness,
                        sentBack ? StepOutcome.SENT_BACK : StepOutcome.DONE,
                        sentBack ? DossierVariables.sendBackReason(task) : DossierVariables.note(task));
                if (timeliness != null) {
                    // per unit, so that a delay is traced to the unit that caused it
                    stats.add(now.toLocalDate(), String.valueOf(agency(task, dossier)), unit(task), dossier.procedureCode(),
                            switch (timeliness) {
                                case EARLY -> Metric.STEPS_EARLY;
                                case ON_TIME -> Metric.STEPS_ON_TIME;
                                case LATE -> Metric.STEPS_LATE;
                            });
                }
            }
            case EVENTNAME_DELETE -> records.ended(task.getId(), now, null, null, StepOutcome.STOPPED, null);
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

    /**
     * The agency of the step: of the agency's sub-process in an inter-agency procedure; for a desk's step (a desk's
     * clerks' group, README "Organisation") the province or the commune the desk belongs to, so that a desk that
     * received or returns another agency's dossier is credited with its own part; else the dossier's.
     */
    private String agency(DelegateTask task, StepRecords.Registered dossier) {
        String desk = organisation.unitOfGroup(unit(task)).filter(unit -> unit.kind() == UnitKind.DESK)
                .map(Unit::parent).orElse(null);
        if (desk != null) {
            return desk;
        }
        String agency = StepProperties.ofScope(task, StepProperties.AGENCY_CODE);
        // a commune-level procedure's model says COMMUNE: its dossier's record says which commune
        return agency != null && !COMMUNE.equals(agency) ? agency : dossier.agencyCode();
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
