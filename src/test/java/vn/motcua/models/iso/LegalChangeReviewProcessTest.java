package vn.motcua.models.iso;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static vn.motcua.models.iso.IsoModels.step;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.motcua.iso.legal.LegalChanges;
import vn.motcua.models.ModelTestEngine;

/** The review of a procedure after a change in the law it cites (processes/iso/LegalChangeReviewProcess.bpmn). */
class LegalChangeReviewProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ModelTestEngine.extension();

    @RegisterExtension
    static IsoModels models = IsoModels.deployed(engine, "LegalChangeReviewProcess");
    private final LegalChanges changes = models.legalChanges();

    @Test
    void aModellerOrTheSecretaryReviewsTheProcedureAndTheOutcomeIsKept() {
        ProcessInstance review = runtimeService().startProcessInstanceByKey("LegalChangeReviewProcess", "nd-123-2027-ProcedureX",
                withVariables("legalChangeId", 1L, "procedureKey", "ProcedureX", "documentId", "nd-123-2027"));

        assertThat(review).isWaitingAt("Task_ReviewProcedure");
        assertThat(task(review)).hasCandidateGroup("process-modeller").hasCandidateGroup("iso-secretary");
        verify(changes, never()).reviewed(any());
        complete(task(review), withVariables("reviewOutcome", "UNCHANGED", "reviewNote", "Không ảnh hưởng"));

        assertThat(review).hasPassedInOrder("Task_ReviewProcedure", "EndEvent_Reviewed").isEnded();
        verify(changes).reviewed(step("Task_ReviewProcedure", review));
        verifyNoMoreInteractions(changes);
    }
}
