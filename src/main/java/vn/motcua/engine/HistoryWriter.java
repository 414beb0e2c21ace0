package vn.motcua.engine;

import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

/**
 * The engine's history writer (history level full), without what no screen, report or check reads (README:
 * 'Benchmarks'; Cockpit and Tasklist of Camunda CE read no job log): a job's creation and deletion in the job
 * log. A step escalation job is created and deleted with every task, and that is no event anybody looks for;
 * what fired and when (a job's success) and every failure are kept.
 */
public class HistoryWriter extends DbHistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
        if (event instanceof HistoricJobLogEvent job && (job.isCreationLog() || job.isDeletionLog())) {
            return;
        }
        super.handleEvent(event);
    }
}
