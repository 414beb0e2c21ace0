package vn.motcua.models.iso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static vn.motcua.models.iso.IsoModels.fireStartTimer;
import static vn.motcua.models.iso.IsoModels.inVietnam;
import static vn.motcua.models.iso.IsoModels.startingGroups;
import static vn.motcua.models.iso.IsoModels.in;
import static vn.motcua.models.iso.IsoModels.setting;
import static vn.motcua.models.iso.IsoModels.step;


import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

import vn.motcua.iso.records.RecordsControl;
import vn.motcua.models.ModelTestEngine;

/** The monthly review of records past their retention, ISO 9001:2015 7.5.3 (processes/iso/RecordsRetentionProcess.bpmn). */
class RecordsRetentionProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ModelTestEngine.extension();

    @RegisterExtension
    static IsoModels models = IsoModels.deployed(engine, "RecordsRetentionProcess");
    private final RecordsControl records = models.records();

    @Test
    void aMonthWithNoExpiredRecordEndsWithoutAReview() {
        doAnswer(setting("recordCount", 0L)).when(records).collect(any());
        HistoricProcessInstance month = fireStartTimer("StartEvent_Monthly", engine);

        assertThat(inVietnam(month.getStartTime(), "dd HH:mm")).as("the day of the month, the time").isEqualTo("01 07:00");
        assertThat(month.getEndActivityId()).isEqualTo("EndEvent_NothingExpired");
        assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(month.getId())
                .activityId("Task_ReviewExpiredRecords").count()).isZero();
        verify(records).collect(any());
        verifyNoMoreInteractions(records);
    }

    @Test
    void theIsoSecretaryMayAlsoStartAReviewByHand() {
        assertThat(startingGroups("RecordsRetentionProcess")).as("who may start a review").containsExactly("iso-secretary");
    }

    @Test
    void expiredRecordsAreReviewedApprovedAndTheRegisterUpdated() {
        ProcessInstance review = reviewed();

        complete(task(review), withVariables("disposalApproved", true));

        assertThat(review).hasPassedInOrder("Gateway_AnyExpired", "Task_ReviewExpiredRecords", "Task_ApproveDisposal",
                "Task_UpdateRegister", "EndEvent_Disposed").isEnded();
        InOrder order = inOrder(records);
        order.verify(records).collect(in(review));
        order.verify(records).proposed(step("Task_ReviewExpiredRecords", review));
        order.verify(records).approvalDecided(step("Task_ApproveDisposal", review));
        order.verify(records).disposed(in(review));
        verifyNoMoreInteractions(records);
    }

    @Test
    void aProposalTheLeaderReturnsIsReviewedAgain() {
        ProcessInstance review = reviewed();

        complete(task(review), withVariables("disposalApproved", false, "approvalNote", "Giữ lại hồ sơ thanh tra"));

        assertThat(review).hasPassed("Gateway_Approved").hasNotPassed("Task_UpdateRegister").isWaitingAt("Task_ReviewExpiredRecords");
        assertThat(task(review)).hasCandidateGroup("iso-secretary");
        verify(records).approvalDecided(step("Task_ApproveDisposal", review));
        verify(records, never()).disposed(any());
        complete(task(review), withVariables("keepReferences", "HS-1", "disposalMinute", "Giữ HS-1"));
        verify(records, times(2)).proposed(step("Task_ReviewExpiredRecords", review));
        assertThat(review).isWaitingAt("Task_ApproveDisposal");
    }

    /** Started by the ISO secretary with three expired records, the secretary's proposal made. */
    private ProcessInstance reviewed() {
        doAnswer(setting("recordCount", 3L)).when(records).collect(any());
        ProcessInstance review = runtimeService().startProcessInstanceByKey("RecordsRetentionProcess");
        assertThat(review).isWaitingAt("Task_ReviewExpiredRecords");
        assertThat(task(review)).hasCandidateGroup("iso-secretary");
        complete(task(review), withVariables("keepReferences", "", "disposalMinute", "Hủy cả ba"));
        assertThat(review).isWaitingAt("Task_ApproveDisposal");
        assertThat(task(review)).hasCandidateGroup("agency-leader");
        verify(records, never()).approvalDecided(any());
        return review;
    }
}
