package vn.motcua.bench;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * What the procedure models call, doing nothing: lets a bare Camunda engine run the very same BPMN,
 * so the benchmark's ratio is the cost of everything Motcua adds.
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
}
