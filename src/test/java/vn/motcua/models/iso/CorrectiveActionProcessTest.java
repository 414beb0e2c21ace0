package vn.motcua.models.iso;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;
import static vn.motcua.models.iso.IsoModels.EFFECTIVENESS_CHECK_DUE;
import static vn.motcua.models.iso.IsoModels.in;
import static vn.motcua.models.iso.IsoModels.moment;
import static vn.motcua.models.iso.IsoModels.step;


import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

import vn.motcua.iso.nonconformity.CorrectiveActions;
import vn.motcua.models.ModelTestEngine;

/** A corrective action, ISO 9001:2015 10.2 (processes/iso/CorrectiveActionProcess.bpmn). */
class CorrectiveActionProcessTest {

    static final String UNIT = "phong-quan-ly-thuong-mai";

    @RegisterExtension
    static ProcessEngineExtension engine = ModelTestEngine.extension();

    @RegisterExtension
    static IsoModels models = IsoModels.deployed(engine, "CorrectiveActionProcess");
    private final CorrectiveActions actions = models.correctiveActions();

    @Test
    void anApprovedPlanThatProvesEffectiveClosesTheAction() {
        ProcessInstance action = open();
        verify(actions).opened(in(action));

        analyseAndPlan(action);
        verify(actions).planned(step("Task_PlanActions", action));
        approve(action, true);
        assertThat(action).isWaitingAt("Task_ImplementActions");
        assertThat(task(action)).hasCandidateGroupAssociated(UNIT).isAssignedTo("nguyenvana");
        complete(task(action), withVariables("implementationReport", "Đã sửa quy trình"));
        verify(actions).implemented(step("Task_ImplementActions", action));

        assertThat(action).isWaitingAt("Event_EffectivenessCheckDue");
        assertThat(job("Event_EffectivenessCheckDue", action)).hasDueDate(EFFECTIVENESS_CHECK_DUE);
        verify(actions).effectivenessCheckAt(in(action));
        verify(actions, never()).verified(any());
        execute(job("Event_EffectivenessCheckDue", action));

        assertThat(action).isWaitingAt("Task_VerifyEffectiveness");
        assertThat(task(action)).hasCandidateGroup("quality-representative");
        complete(task(action), withVariables("effective", true, "effectivenessNote", "Không tái diễn"));

        assertThat(action).hasPassedInOrder("Task_AnalyseRootCause", "Task_PlanActions", "Task_ApprovePlan", "Task_ImplementActions",
                "Event_EffectivenessCheckDue", "Task_VerifyEffectiveness", "EndEvent_CorrectiveActionClosed").isEnded();
        assertThat(action).hasNotPassed("Task_Reopen");
        InOrder order = inOrder(actions);
        order.verify(actions).verified(step("Task_VerifyEffectiveness", action));
        order.verify(actions).closed(in(action));
        verifyNoMoreInteractions(actions);
    }

    @Test
    void aReturnedPlanIsPlannedAgain() {
        ProcessInstance action = open();
        analyseAndPlan(action);

        approve(action, false);

        assertThat(action).isWaitingAt("Task_PlanActions").hasPassed("Gateway_PlanApproved").hasNotPassed("Task_ImplementActions");
        assertThat(task(action)).hasCandidateGroup(UNIT);
        plan(action);
        verify(actions, times(2)).planned(step("Task_PlanActions", action));
        approve(action, true);
        assertThat(action).isWaitingAt("Task_ImplementActions");
    }

    @Test
    void anIneffectiveActionIsReopenedFromTheRootCause() {
        ProcessInstance action = open();
        analyseAndPlan(action);
        approve(action, true);
        complete(task(action), withVariables("implementationReport", "Đã sửa quy trình"));
        execute(job("Event_EffectivenessCheckDue", action));

        complete(task(action), withVariables("effective", false, "effectivenessNote", "Vẫn tái diễn"));

        assertThat(action).hasPassed("Task_Reopen").isWaitingAt("Task_AnalyseRootCause");
        assertThat(task(action)).hasCandidateGroup(UNIT);
        verify(actions).reopened(in(action));
        verify(actions, never()).closed(any());

        analyseAndPlan(action);
        assertThat(action).isWaitingAt("Task_ApprovePlan");
        approve(action, true);
        assertThat(action).isWaitingAt("Task_ImplementActions");
    }

    private ProcessInstance open() {
        return runtimeService().startProcessInstanceByKey("CorrectiveActionProcess", "KPH-2027-000001",
                withVariables("nonconformityCode", "KPH-2027-000001", "responsibleUnit", UNIT, "agencyCode", "SCT"));
    }

    private void analyseAndPlan(ProcessInstance action) {
        assertThat(action).isWaitingAt("Task_AnalyseRootCause");
        assertThat(task(action)).hasCandidateGroup(UNIT);
        complete(task(action), withVariables("rootCause", "Thiếu kiểm tra chéo"));
        plan(action);
    }

    private void plan(ProcessInstance action) {
        assertThat(action).isWaitingAt("Task_PlanActions");
        assertThat(task(action)).hasCandidateGroup(UNIT);
        complete(task(action), withVariables("actionPlan", "Thêm bước kiểm tra chéo", "actionOwner", "nguyenvana",
                "actionDeadline", moment("2027-02-01T00:00:00+07:00")));
    }

    private void approve(ProcessInstance action, boolean approved) {
        assertThat(action).isWaitingAt("Task_ApprovePlan");
        assertThat(task(action)).hasCandidateGroup("quality-representative");
        complete(task(action), withVariables("planApproved", approved, "approvalNote", approved ? "" : "Chưa đủ cụ thể"));
    }
}
