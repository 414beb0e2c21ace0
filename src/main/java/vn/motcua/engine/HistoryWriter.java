package vn.motcua.engine;

import java.util.Set;

import org.camunda.bpm.engine.ActivityTypes;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

/**
 * The engine's history writer (history level full), without what no screen, report or check reads (README:
 * 'Benchmarks'; Cockpit and Tasklist of Camunda CE read no job log and no variable details):
 * <ul>
 * <li>a job's creation and deletion in the job log: a step escalation job is created and deleted with every task,
 * and that is no event anybody looks for; what fired and when (a job's success) and every failure are kept;</li>
 * <li>the details (each change of value) of a dossier's {@link DossierVariables#BOOKKEEPING} variables, whose
 * every value Motcua keeps in its own records; their current value stays in the history, as every other
 * variable's;</li>
 * <li>the details of the values an instance starts with: those of its start (the start form's, the API's) and those
 * its caller hands a called instance. Each repeats the variable's history row (the same value at the same moment, the
 * instance's start) until the value changes, and that change has its detail; a caller's value has its own detail in
 * the caller.</li>
 * <li>the passage through a gateway that routes at once (exclusive, inclusive, parallel, complex) and through a plain
 * end event: each was an activity instance of the history (a dossier passes 14 of them), read only by the Enterprise
 * Edition's history views. The steps, the blocks called, the sub-processes, every event that waits or fires (timers,
 * messages, signals, errors, an event-based gateway), the terminating ends and the start events are kept (restarting
 * an instance looks for its start event's), and the instance's own history still names the event it ended with.</li>
 * </ul>
 * The details of every later change (an officer's answer, a called instance's result) are kept.
 */
public class HistoryWriter extends DbHistoryEventHandler {

    /** Activity types passed through at once, whose activity instances nobody reads (README 'What the history keeps'). */
    static final Set<String> PASSED_THROUGH = Set.of(ActivityTypes.GATEWAY_EXCLUSIVE, ActivityTypes.GATEWAY_INCLUSIVE,
            ActivityTypes.GATEWAY_PARALLEL, ActivityTypes.GATEWAY_COMPLEX, ActivityTypes.END_EVENT_NONE);

    @Override
    public void handleEvent(HistoryEvent event) {
        if (event instanceof HistoricJobLogEvent job && (job.isCreationLog() || job.isDeletionLog())) {
            return;
        }
        if (event instanceof HistoricActivityInstanceEventEntity activity
                && PASSED_THROUGH.contains(activity.getActivityType())) {
            return;
        }
        super.handleEvent(event);
    }

    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
        return !DossierVariables.BOOKKEEPING.contains(event.getVariableName()) && !isStartValue(event)
                && super.shouldWriteHistoricDetail(event);
    }

    /**
     * Created while its instance starts: Camunda's own mark (HistoricVariableUpdate.isInitial: the instance is starting
     * and the variable is new), or created before the instance is in any activity, as the values a caller hands a
     * called instance are. A change made later, by a step, through the API or by a listener, keeps its detail, even
     * where the instance is in no single activity (a non-interrupting timer has fired, branches run in parallel).
     */
    static boolean isStartValue(HistoricVariableUpdateEventEntity event) {
        return Boolean.TRUE.equals(event.isInitial())
                || event.getActivityInstanceId() == null
                && HistoryEventTypes.VARIABLE_INSTANCE_CREATE.getEventName().equals(event.getEventType());
    }
}
