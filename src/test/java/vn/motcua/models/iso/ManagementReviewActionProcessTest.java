package vn.motcua.models.iso;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static vn.motcua.models.iso.IsoModels.ACTION_OWNER;
import static vn.motcua.models.iso.IsoModels.ACTION_UNIT;
import static vn.motcua.models.iso.IsoModels.in;
import static vn.motcua.models.iso.IsoModels.step;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

import vn.motcua.iso.review.ManagementReviews;
import vn.motcua.models.ModelTestEngine;

/** The follow-up of one decision of a management review (processes/iso/ManagementReviewActionProcess.bpmn). */
class ManagementReviewActionProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ModelTestEngine.extension();

    @RegisterExtension
    static IsoModels models = IsoModels.deployed(engine, "ManagementReviewActionProcess");
    private final ManagementReviews reviews = models.managementReviews();

    @Test
    void anActionDoneAsDecidedIsClosed() {
        ProcessInstance action = started();

        implement(action);
        verify(reviews).actionImplemented(step("Task_ImplementDecision", action));
        complete(task(action), withVariables("actionDone", true, "verificationNote", "Đã đạt"));

        assertThat(action).hasPassedInOrder("Task_ImplementDecision", "Task_VerifyDecision", "EndEvent_ActionDone").isEnded();
        InOrder order = inOrder(reviews);
        order.verify(reviews).actionVerified(step("Task_VerifyDecision", action));
        order.verify(reviews).actionClosed(in(action));
        verifyNoMoreInteractions(reviews);
    }

    @Test
    void anActionNotDoneGoesBackToItsOwner() {
        ProcessInstance action = started();
        implement(action);

        complete(task(action), withVariables("actionDone", false, "verificationNote", "Chưa đủ", "newDeadline", "2027-06-30"));

        assertThat(action).hasPassed("Gateway_ActionDone").isWaitingAt("Task_ImplementDecision");
        assertThat(task(action)).hasCandidateGroupAssociated(ACTION_UNIT).isAssignedTo(ACTION_OWNER);
        verify(reviews).actionVerified(step("Task_VerifyDecision", action));
        verify(reviews, never()).actionClosed(any());
        implement(action);
        verify(reviews, times(2)).actionImplemented(step("Task_ImplementDecision", action));
    }

    private ProcessInstance started() {
        ProcessInstance action = runtimeService().startProcessInstanceByKey("ManagementReviewActionProcess", "XXLD-2027-1-01",
                withVariables("reviewActionId", "XXLD-2027-1-01", "reviewCode", "XXLD-2027-1"));
        verify(reviews).actionStarted(in(action));
        return action;
    }

    private void implement(ProcessInstance action) {
        assertThat(action).isWaitingAt("Task_ImplementDecision");
        assertThat(task(action)).hasCandidateGroupAssociated(ACTION_UNIT).isAssignedTo(ACTION_OWNER);
        complete(task(action), withVariables("implementationReport", "Đã thực hiện"));
        assertThat(action).isWaitingAt("Task_VerifyDecision");
        assertThat(task(action)).hasCandidateGroup("quality-representative");
    }
}
