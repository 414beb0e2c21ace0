package vn.motcua.deadlines;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Gives every new user task its due date from its time allocation (extension property
 * {@code allocationWorkingDays}, or that of the call activity that called its process), counted on the
 * working-day calendar from the moment the task starts and never later than the dossier's promised
 * return moment; the desk's handover step by the 15:00 rule. A task whose model sets
 * {@code camunda:dueDate} keeps it. Then its escalation job ({@link StepEscalationJobs}) follows the task:
 * scheduled at creation, moved with the due date, gone with the task.
 */
class StepDeadlineListener implements TaskListener {

    private final DossierDeadlines deadlines;
    private final StepEscalationJobs jobs;

    StepDeadlineListener(DossierDeadlines deadlines, StepEscalationJobs jobs) {
        this.deadlines = deadlines;
        this.jobs = jobs;
    }

    @Override
    public void notify(DelegateTask task) {
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> {
                if (task.getDueDate() == null && task.getExecution() != null) {
                    task.setDueDate(deadlines.stepDueAt(task.getExecution()));
                }
                jobs.taskCreated(task);
            }
            case EVENTNAME_UPDATE -> jobs.taskUpdated(task);
            case EVENTNAME_COMPLETE, EVENTNAME_DELETE -> jobs.taskEnded(task);
            default -> {
            }
        }
    }
}
