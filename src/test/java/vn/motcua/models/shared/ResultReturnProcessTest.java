package vn.motcua.models.shared;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static vn.motcua.models.shared.DossierBeans.ofTheDossier;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

import vn.motcua.models.ModelTestEngine;

/**
 * The shared return block (processes/shared/ResultReturnProcess.bpmn): the moment the result is ready is
 * recorded before the desk hands it over (it decides early, on time or late), then the dossier is closed.
 */
@Deployment(resources = "processes/shared/ResultReturnProcess.bpmn")
class ResultReturnProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ModelTestEngine.extension();

    @RegisterExtension
    final DossierBeans beans = new DossierBeans();

    @Test
    void theResultIsRecordedAsReadyBeforeTheDeskHandsItOver() {
        ProcessInstance returning = start();

        assertThat(returning).isWaitingAtExactly("Task_ReturnResult").hasPassed("Task_RecordResultReady");
        assertThat(returning).task().hasCandidateGroup(DossierBeans.RETURN_DESK);
        verify(beans.milestones).resultReady(ofTheDossier());
        verify(beans.milestones, never()).resultReturned(any());
    }

    @Test
    void handingTheResultOverClosesTheDossier() {
        ProcessInstance returning = start();

        complete(task("Task_ReturnResult", returning), withVariables("returnMethod", "AT_DESK", "resultHandedOver", true));

        assertThat(returning).hasPassedInOrder("Task_RecordResultReady", "Task_ReturnResult", "Task_CloseDossier",
                "EndEvent_ResultReturned").isEnded();
        InOrder order = inOrder(beans.milestones);
        order.verify(beans.milestones).resultReady(ofTheDossier());
        order.verify(beans.milestones).resultReturned(ofTheDossier());
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey("ResultReturnProcess", DossierBeans.DOSSIER_CODE,
                Map.of("dossierCode", DossierBeans.DOSSIER_CODE, "agencyCode", DossierBeans.AGENCY_CODE,
                        "dossierDueDate", DossierBeans.DOSSIER_DUE));
    }
}
