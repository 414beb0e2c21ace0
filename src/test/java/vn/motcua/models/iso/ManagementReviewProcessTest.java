package vn.motcua.models.iso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static vn.motcua.models.iso.IsoModels.fireStartTimer;
import static vn.motcua.models.iso.IsoModels.startingGroups;
import static vn.motcua.models.iso.IsoModels.in;
import static vn.motcua.models.iso.IsoModels.inVietnam;
import static vn.motcua.models.iso.IsoModels.moment;
import static vn.motcua.models.iso.IsoModels.setting;
import static vn.motcua.models.iso.IsoModels.step;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

import vn.motcua.iso.review.ManagementReviews;
import vn.motcua.models.ModelTestEngine;

/**
 * The yearly management review, ISO 9001:2015 9.3, and the follow-up of each decision it calls
 * (processes/iso/ManagementReviewProcess.bpmn with ManagementReviewActionProcess.bpmn).
 */
class ManagementReviewProcessTest {

    static final String CODE = "XXLD-2027-1";

    @RegisterExtension
    static ProcessEngineExtension engine = ModelTestEngine.extension();

    @RegisterExtension
    static IsoModels models = IsoModels.deployed(engine, "ManagementReviewProcess", "ManagementReviewActionProcess");
    private final ManagementReviews reviews = models.managementReviews();

    @Test
    void theReviewStartsEveryYearOnTheFirstOfDecemberWithItsInputsCompiled() {
        HistoricProcessInstance started = fireStartTimer("StartEvent_Yearly", engine);

        assertThat(inVietnam(started.getStartTime(), "dd/MM HH:mm")).isEqualTo("01/12 08:00");
        ProcessInstance review = processInstanceQuery().processInstanceId(started.getId()).singleResult();
        assertThat(review).hasPassed("Task_CompileInputs").isWaitingAt("Task_PrepareMeeting");
        assertThat(task(review)).hasCandidateGroup("iso-secretary");
        InOrder order = inOrder(reviews);
        order.verify(reviews).started(in(review));
        order.verify(reviews).compile(in(review));
    }

    @Test
    void theIsoSecretaryMayAlsoStartAReviewByHand() {
        assertThat(startingGroups("ManagementReviewProcess")).as("who may start a review").containsExactly("iso-secretary");
    }

    @Test
    void eachDecisionIsFollowedUpThenTheReviewIsClosed() {
        doAnswer(setting("reviewActions", new ArrayList<>(List.of(CODE + "-01", CODE + "-02")))).when(reviews).decided(any());
        ProcessInstance review = heldMeeting();

        assertThat(review).isWaitingAt("CallActivity_FollowUpActions");
        List<ProcessInstance> actions = processInstanceQuery().superProcessInstanceId(review.getId()).orderByBusinessKey().asc().list();
        assertThat(actions).extracting(ProcessInstance::getBusinessKey).containsExactly(CODE + "-01", CODE + "-02");
        for (ProcessInstance action : actions) {
            assertThat(action).hasProcessDefinitionKey("ManagementReviewActionProcess").isWaitingAt("Task_ImplementDecision")
                    .variables().containsEntry("reviewActionId", action.getBusinessKey()).containsEntry("reviewCode", CODE);
            verify(reviews).actionStarted(in(action));
        }

        followUp(actions.get(0));
        assertThat(review).isWaitingAt("CallActivity_FollowUpActions");
        verify(reviews, never()).closed(any());
        followUp(actions.get(1));

        assertThat(review).hasPassedInOrder("Task_CompileInputs", "Task_PrepareMeeting", "Task_HoldMeeting", "CallActivity_FollowUpActions",
                "EndEvent_ReviewClosed").isEnded();
        InOrder order = inOrder(reviews);
        order.verify(reviews).actionClosed(in(actions.get(1)));
        order.verify(reviews).closed(in(review));
    }

    @Test
    void aReviewThatDecidesNothingIsClosedAfterTheMeeting() {
        doAnswer(setting("reviewActions", new ArrayList<String>())).when(reviews).decided(any());

        ProcessInstance review = heldMeeting();

        assertThat(review).hasPassed("EndEvent_ReviewClosed").isEnded();
        assertThat(historyService().createHistoricProcessInstanceQuery().superProcessInstanceId(review.getId()).count()).isZero();
        verify(reviews).closed(in(review));
        verify(reviews, never()).actionStarted(any());
    }

    private ProcessInstance heldMeeting() {
        ProcessInstance review = runtimeService().startProcessInstanceByKey("ManagementReviewProcess", CODE,
                withVariables("reviewCode", CODE, "reviewFrom", "2026-01-01", "reviewTo", "2026-12-31"));
        verify(reviews).started(in(review));
        verify(reviews).compile(in(review));
        assertThat(review).isWaitingAt("Task_PrepareMeeting");
        assertThat(task(review)).hasCandidateGroup("iso-secretary");
        complete(task(review), withVariables("meetingDate", moment("2027-01-20T00:00:00+07:00"), "meetingAttendees", "Ban lãnh đạo"));
        verify(reviews).scheduled(step("Task_PrepareMeeting", review));

        assertThat(review).isWaitingAt("Task_HoldMeeting");
        assertThat(task(review)).hasCandidateGroup("agency-leader");
        verify(reviews, never()).decided(any());
        complete(task(review), withVariables("reviewConclusions", "Hệ thống phù hợp",
                "reviewDecisions", "nguyenvana; 30/06/2027; Rút ngắn thời gian thẩm định"));
        verify(reviews).decided(step("Task_HoldMeeting", review));
        return review;
    }

    private void followUp(ProcessInstance action) {
        complete(task("Task_ImplementDecision", action), withVariables("implementationReport", "Đã thực hiện"));
        complete(task("Task_VerifyDecision", action), withVariables("actionDone", true));
        assertThat(action).isEnded();
    }
}
