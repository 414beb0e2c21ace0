package vn.motcua.models.iso;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
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
import static org.mockito.Mockito.when;
import static vn.motcua.models.iso.IsoModels.in;
import static vn.motcua.models.iso.IsoModels.moment;
import static vn.motcua.models.iso.IsoModels.setting;
import static vn.motcua.models.iso.IsoModels.step;

import java.util.Date;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

import vn.motcua.iso.risk.Risks;
import vn.motcua.models.ModelTestEngine;

/** A risk or opportunity in the register, ISO 9001:2015 6.1 (processes/iso/RiskProcess.bpmn). */
class RiskProcessTest {

    static final String UNIT = "phong-quan-ly-thuong-mai";
    static final Date REVIEW_DUE = moment("2027-07-01T08:00:00+07:00");

    @RegisterExtension
    static ProcessEngineExtension engine = ModelTestEngine.extension();

    @RegisterExtension
    static IsoModels models = IsoModels.deployed(engine, "RiskProcess");
    private final Risks risks = models.risks();

    @BeforeEach
    void stub() {
        when(risks.nextReviewAt(any())).thenReturn(REVIEW_DUE);
    }

    @Test
    void aLowRiskIsAcceptedAndClosedWhenNoLongerRelevant() {
        ProcessInstance risk = registered();

        assess(risk, false);

        assertThat(risk).hasPassed("Gateway_ActionNeeded").hasNotPassed("Task_PlanTreatment").isWaitingAt("Event_ReviewDue");
        review(risk, false);
        assertThat(risk).hasPassedInOrder("Task_AssessRisk", "Event_ReviewDue", "Task_ReviewRisk", "EndEvent_Closed").isEnded();
        InOrder order = inOrder(risks);
        order.verify(risks).assessed(step("Task_AssessRisk", risk));
        order.verify(risks).nextReviewAt(in(risk));
        order.verify(risks).reviewed(step("Task_ReviewRisk", risk));
        order.verify(risks).closed(in(risk));
        verifyNoMoreInteractions(risks);
    }

    @Test
    void aHighRiskIsTreatedByItsOwnerBeforeItsReview() {
        ProcessInstance risk = registered();

        assess(risk, true);

        assertThat(risk).isWaitingAt("Task_PlanTreatment");
        assertThat(task(risk)).hasCandidateGroup(UNIT);
        complete(task(risk), withVariables("actionPlan", "Tập huấn", "actionOwner", "nguyenvana",
                "actionDeadline", moment("2027-04-30T00:00:00+07:00")));
        assertThat(risk).isWaitingAt("Task_ImplementTreatment");
        assertThat(task(risk)).hasCandidateGroupAssociated(UNIT).isAssignedTo("nguyenvana");
        verify(risks, never()).nextReviewAt(any());
        complete(task(risk), withVariables("implementationReport", "Đã tập huấn"));

        assertThat(risk).isWaitingAt("Event_ReviewDue");
        InOrder order = inOrder(risks);
        order.verify(risks).planned(step("Task_PlanTreatment", risk));
        order.verify(risks).implemented(step("Task_ImplementTreatment", risk));
        order.verify(risks).nextReviewAt(in(risk));
        review(risk, false);
        assertThat(risk).hasPassed("EndEvent_Closed").isEnded();
    }

    @Test
    void aRiskStillRelevantAtItsReviewIsAssessedAgain() {
        ProcessInstance risk = registered();
        assess(risk, false);

        review(risk, true);

        assertThat(risk).hasPassed("Gateway_StillRelevant").hasNotPassed("EndEvent_Closed").isWaitingAt("Task_AssessRisk");
        assertThat(task(risk)).hasCandidateGroup(UNIT);
        verify(risks, never()).closed(any());
        assess(risk, false);
        verify(risks, times(2)).assessed(step("Task_AssessRisk", risk));
        assertThat(risk).isWaitingAt("Event_ReviewDue");
    }

    private ProcessInstance registered() {
        return runtimeService().startProcessInstanceByKey("RiskProcess", "RR-2027-001",
                withVariables("riskCode", "RR-2027-001", "responsibleUnit", UNIT));
    }

    /** The application's assessment decides from the level whether a treatment plan is needed. */
    private void assess(ProcessInstance risk, boolean actionNeeded) {
        doAnswer(setting("actionNeeded", actionNeeded)).when(risks).assessed(any());
        assertThat(risk).isWaitingAt("Task_AssessRisk");
        assertThat(task(risk)).hasCandidateGroup(UNIT);
        complete(task(risk), withVariables("likelihood", actionNeeded ? 4L : 1L, "impact", actionNeeded ? 4L : 2L));
    }

    private void review(ProcessInstance risk, boolean stillRelevant) {
        assertThat(job("Event_ReviewDue", risk)).hasDueDate(REVIEW_DUE);
        verify(risks, never()).reviewed(any());
        execute(job("Event_ReviewDue", risk));
        assertThat(risk).isWaitingAt("Task_ReviewRisk");
        assertThat(task(risk)).hasCandidateGroup(UNIT);
        complete(task(risk), withVariables("stillRelevant", stillRelevant, "reviewNote", "Đã xem xét"));
    }
}
