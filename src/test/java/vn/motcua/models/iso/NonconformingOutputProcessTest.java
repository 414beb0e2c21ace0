package vn.motcua.models.iso;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static vn.motcua.models.iso.IsoModels.in;
import static vn.motcua.models.iso.IsoModels.moment;
import static vn.motcua.models.iso.IsoModels.step;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

import vn.motcua.iso.nonconformity.CorrectiveActions;
import vn.motcua.iso.nonconformity.Nonconformities;
import vn.motcua.models.ModelTestEngine;

/**
 * A nonconforming output, ISO 9001:2015 8.7, and the corrective action it may call
 * (processes/iso/NonconformingOutputProcess.bpmn with CorrectiveActionProcess.bpmn).
 */
class NonconformingOutputProcessTest {

    static final String UNIT = "phong-quan-ly-thuong-mai";
    static final String CODE = "KPH-2027-000007";

    @RegisterExtension
    static ProcessEngineExtension engine = ModelTestEngine.extension();

    @RegisterExtension
    static IsoModels models = IsoModels.deployed(engine, "NonconformingOutputProcess", "CorrectiveActionProcess");
    private final Nonconformities nonconformities = models.nonconformities();
    private final CorrectiveActions actions = models.correctiveActions();

    @Test
    void aNonconformityCorrectedWithoutCorrectiveActionIsClosed() {
        ProcessInstance nonconformity = recordedAndCorrected();

        decide(nonconformity, false);

        assertThat(nonconformity).hasPassed("EndEvent_Closed").hasNotPassed("CallActivity_CorrectiveAction")
                .isEnded();
        InOrder order = inOrder(nonconformities);
        order.verify(nonconformities).decided(step("Task_DecideCorrectiveAction", nonconformity));
        order.verify(nonconformities).closed(in(nonconformity));
        verifyNoMoreInteractions(nonconformities);
    }

    @Test
    void aNonconformityNeedingCorrectiveActionIsClosedWhenTheActionIs() {
        ProcessInstance nonconformity = recordedAndCorrected();

        decide(nonconformity, true);

        assertThat(nonconformity).isWaitingAt("CallActivity_CorrectiveAction");
        ProcessInstance action = calledProcessInstance("CorrectiveActionProcess", nonconformity);
        assertThat(action).hasBusinessKey(CODE).variables().containsEntry("nonconformityCode", CODE).containsEntry("responsibleUnit", UNIT)
                .containsEntry("agencyCode", "SCT").containsEntry("description", "Trả kết quả sai tên doanh nghiệp")
                .containsEntry("details", "Nhập nhầm tên").containsEntry("correction", "Đã cấp lại giấy phép");
        verify(actions).opened(in(action));
        verify(nonconformities, never()).closed(any());

        complete(task("Task_AnalyseRootCause", action), withVariables("rootCause", "Nhập tay"));
        complete(task("Task_PlanActions", action), withVariables("actionPlan", "Lấy tên từ cơ sở dữ liệu doanh nghiệp",
                "actionOwner", "nguyenvana", "actionDeadline", moment("2027-02-01T00:00:00+07:00")));
        complete(task("Task_ApprovePlan", action), withVariables("planApproved", true));
        complete(task("Task_ImplementActions", action), withVariables("implementationReport", "Đã kết nối"));
        execute(job("Event_EffectivenessCheckDue", action));
        complete(task("Task_VerifyEffectiveness", action), withVariables("effective", true));

        assertThat(action).isEnded();
        assertThat(nonconformity).hasPassed("CallActivity_CorrectiveAction", "EndEvent_ClosedAfterAction").hasNotPassed("EndEvent_Closed")
                .isEnded();
        InOrder order = inOrder(actions, nonconformities);
        order.verify(actions).closed(in(action));
        order.verify(nonconformities).closed(in(nonconformity));
    }

    private ProcessInstance recordedAndCorrected() {
        ProcessInstance nonconformity = runtimeService().startProcessInstanceByKey("NonconformingOutputProcess", CODE,
                withVariables("nonconformityCode", CODE, "responsibleUnit", UNIT, "agencyCode", "SCT",
                        "description", "Trả kết quả sai tên doanh nghiệp"));
        assertThat(nonconformity).isWaitingAt("Task_RecordNonconformity");
        assertThat(task(nonconformity)).hasCandidateGroup(UNIT);
        complete(task(nonconformity), withVariables("details", "Nhập nhầm tên"));
        assertThat(nonconformity).isWaitingAt("Task_CorrectOutput");
        assertThat(task(nonconformity)).hasCandidateGroup(UNIT);
        complete(task(nonconformity), withVariables("correction", "Đã cấp lại giấy phép"));
        return nonconformity;
    }

    private void decide(ProcessInstance nonconformity, boolean correctiveActionNeeded) {
        assertThat(nonconformity).isWaitingAt("Task_DecideCorrectiveAction");
        assertThat(task(nonconformity)).hasCandidateGroup("quality-representative");
        verify(nonconformities, never()).decided(any());
        complete(task(nonconformity), withVariables("correctiveActionNeeded", correctiveActionNeeded));
    }
}
