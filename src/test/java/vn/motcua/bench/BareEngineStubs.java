package vn.motcua.bench;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * What the procedure models call, doing nothing: lets a bare Camunda engine run the very same BPMN,
 * so the benchmark's ratio is the cost of everything Motcua adds. Timers still get a due date (a month
 * ahead), so the bare engine creates and deletes the same timer jobs.
 */
public final class BareEngineStubs {

    private BareEngineStubs() {
    }

    public static class Registration {
        public void register(DelegateExecution execution) {
        }
    }

    public static class Intake {
        public void receive(DelegateExecution execution) {
        }

        public void requestSupplement(DelegateExecution execution) {
        }

        public void refuse(DelegateExecution execution) {
        }
    }

    public static class Milestones {
        public void waitingForSupplement(DelegateExecution execution) {
        }

        public void supplementReceived(DelegateExecution execution) {
        }

        public void resultReady(DelegateExecution execution) {
        }

        public void resultReturned(DelegateExecution execution) {
        }

        public void withdrawn(DelegateExecution execution) {
        }
    }

    public static class Deadlines {
        private static Date later() {
            return new Date(ClockUtil.getCurrentTime().getTime() + 30L * 24 * 3600 * 1000);
        }

        public Date stepDueAt(DelegateExecution execution) {
            return later();
        }

        public Date stepWarnAt(DelegateExecution execution) {
            return later();
        }

        public Date dossierDueAt(DelegateExecution execution) {
            return later();
        }

        public Date dossierWarnAt(DelegateExecution execution) {
            return later();
        }

        public Date supplementWarnAt(DelegateExecution execution) {
            return later();
        }

        public Date abandonAt(DelegateExecution execution) {
            return later();
        }

        public String holdingUnits(DelegateExecution execution) {
            return "one-stop-clerk";
        }
    }

    public static class Escalations {
        public void stepDueSoon(DelegateExecution execution, String taskKey) {
        }

        public void stepOverdue(DelegateExecution execution, String taskKey) {
        }

        public void supplementLimitSoon(DelegateExecution execution, String taskKey) {
        }

        public void dossierDueSoon(DelegateExecution execution) {
        }

        public void dossierOverdue(DelegateExecution execution) {
        }
    }

    public static class Supplements {
        public void requested(DelegateExecution execution) {
        }

        public void received(DelegateTask task) {
        }
    }

    public static class Apologies {
        public boolean alreadyIssued(DelegateExecution execution) {
            return false;
        }

        public void record(DelegateTask task) {
        }
    }

    public static class AgencyShares {
        public void started(DelegateExecution execution) {
        }

        public void ended(DelegateExecution execution) {
        }

        public void overdue(DelegateExecution execution, String subProcessId) {
        }
    }
}
