package vn.motcua.deadlines;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Gives every new user task its due date from its time allocation (extension property
 * {@code allocationWorkingDays}, or that of the call activity that called its process), counted on the
 * working-day calendar from the moment the task starts and never later than the dossier's promised
 * return moment; the desk's handover step by the 15:00 rule. A task whose model sets
 * {@code camunda:dueDate} keeps it. The step's timers wait for the very same moment.
 */
class StepDeadlineListener implements TaskListener {

    private final DossierDeadlines deadlines;

    StepDeadlineListener(DossierDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void notify(DelegateTask task) {
        if (task.getDueDate() == null && task.getExecution() != null) {
            task.setDueDate(deadlines.stepDueAt(task.getExecution()));
        }
    }
}
