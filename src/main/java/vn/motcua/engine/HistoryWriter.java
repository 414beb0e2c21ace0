package vn.motcua.engine;

import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

/**
 * The engine's history writer (history level full), without what no screen, report or check reads (README:
 * 'Benchmarks'; Cockpit and Tasklist of Camunda CE read no job log and no variable details):
 * <ul>
 * <li>a job's creation and deletion in the job log: a step escalation job is created and deleted with every task,
 * and that is no event anybody looks for; what fired and when (a job's success) and every failure are kept;</li>
 * <li>the details (each change of value) of a dossier's {@link DossierVariables#BOOKKEEPING} variables, whose
 * every value Motcua keeps in its own records; their current value stays in the history, as every other
 * variable's, and the details of every other variable (the officers' answers) are kept.</li>
 * </ul>
 */
public class HistoryWriter extends DbHistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
        if (event instanceof HistoricJobLogEvent job && (job.isCreationLog() || job.isDeletionLog())) {
            return;
        }
        super.handleEvent(event);
    }

    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
        return !DossierVariables.BOOKKEEPING.contains(event.getVariableName()) && super.shouldWriteHistoricDetail(event);
    }
}
