package vn.motcua.deadlines;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;

/**
 * A user task's due-soon warning and overdue escalation, as one timer job on the job executor at a time:
 * the job waits for the warning moment, sends the warning and waits again for the due moment, then sends
 * the escalation. Modellers declare only the step's allocation; no diagram draws these timers.
 *
 * <p>The job belongs to the task's execution, so Cockpit lists it with the dossier's jobs, it survives a
 * restart and any node of a cluster may fire it. It is created when the task is created (again for the
 * new task when a step restarts after a supplement or a send-back), moved when the task's due date
 * changes, and deleted when the task completes or is cancelled. A job finding its task gone does nothing.
 * Each notification is sent once per recipient (the key of {@link Escalations#send}).
 */
class StepEscalationJobs implements JobHandler<StepEscalationJobs.Scheduled> {

    static final String TYPE = "motcua-step-escalation";

    enum Phase { WARN, DUE }

    /** What a job waits for, for which task: {@code WARN|<taskId>}. */
    record Scheduled(Phase phase, String taskId) implements JobHandlerConfiguration {

        @Override
        public String toCanonicalString() {
            return phase + "|" + taskId;
        }

        static Scheduled parse(String canonical) {
            int bar = canonical.indexOf('|');
            return new Scheduled(Phase.valueOf(canonical.substring(0, bar)), canonical.substring(bar + 1));
        }
    }

    private final DossierDeadlines deadlines;
    private final Escalations escalations;

    StepEscalationJobs(DossierDeadlines deadlines, Escalations escalations) {
        this.deadlines = deadlines;
        this.escalations = escalations;
    }

    @Override
    public String getType() {
        return TYPE;
    }

    @Override
    public Scheduled newConfiguration(String canonicalString) {
        return Scheduled.parse(canonicalString);
    }

    @Override
    public void onDelete(Scheduled configuration, JobEntity job) {
        // nothing kept beside the job
    }

    @Override
    public void execute(Scheduled scheduled, ExecutionEntity execution, CommandContext context, String tenantId) {
        TaskEntity task = context.getTaskManager().findTaskById(scheduled.taskId());
        if (task == null) {
            return;
        }
        if (scheduled.phase() == Phase.WARN) {
            escalations.stepDueSoon(task);
            if (task.getDueDate() != null) {
                schedule(task, new Scheduled(Phase.DUE, task.getId()), task.getDueDate());
            }
        } else {
            escalations.stepOverdue(task);
        }
    }

    /** On task creation: the first job, if the task has a due date. */
    void taskCreated(DelegateTask task) {
        Pending next = next(task);
        if (next != null) {
            schedule(task, next.scheduled(), next.at());
        }
    }

    /** On any change of the task: moves the pending job when the due date moved. */
    void taskUpdated(DelegateTask task) {
        List<TimerEntity> pending = pending(task);
        Pending next = next(task);
        boolean unchanged = next == null ? pending.isEmpty() : pending.size() == 1
                && pending.get(0).getDuedate().equals(next.at())
                && pending.get(0).getJobHandlerConfigurationRaw().equals(next.scheduled().toCanonicalString());
        if (!unchanged) {
            pending.forEach(JobEntity::delete);
            if (next != null) {
                schedule(task, next.scheduled(), next.at());
            }
        }
    }

    /** On completion or cancellation of the task: its pending job goes. */
    void taskEnded(DelegateTask task) {
        pending(task).forEach(JobEntity::delete);
    }

    private record Pending(Scheduled scheduled, Date at) {
    }

    /** The warning while it is still ahead of the due moment, else the due moment itself. */
    private Pending next(DelegateTask task) {
        Date due = task.getDueDate();
        if (due == null || task.getExecution() == null) {
            return null;
        }
        Date warnAt = deadlines.stepWarnAt(task);
        return warnAt != null && warnAt.before(due)
                ? new Pending(new Scheduled(Phase.WARN, task.getId()), warnAt)
                : new Pending(new Scheduled(Phase.DUE, task.getId()), due);
    }

    private static List<TimerEntity> pending(DelegateTask task) {
        ExecutionEntity execution = (ExecutionEntity) task.getExecution();
        if (execution == null) {
            return List.of();
        }
        String suffix = "|" + task.getId();
        return execution.getJobs().stream()
                .filter(job -> job instanceof TimerEntity && TYPE.equals(job.getJobHandlerType())
                        && job.getJobHandlerConfigurationRaw().endsWith(suffix))
                .map(TimerEntity.class::cast).toList();
    }

    private static void schedule(DelegateTask task, Scheduled scheduled, Date at) {
        ExecutionEntity execution = (ExecutionEntity) task.getExecution();
        TimerEntity timer = new TimerEntity();
        timer.setJobHandlerType(TYPE);
        timer.setJobHandlerConfigurationRaw(scheduled.toCanonicalString());
        timer.setDuedate(at);
        timer.setExecution(execution);
        timer.setProcessDefinitionId(execution.getProcessDefinitionId());
        timer.setProcessDefinitionKey(execution.getProcessDefinition().getKey());
        timer.setTenantId(execution.getTenantId());
        Context.getCommandContext().getJobManager().schedule(timer);
    }
}
