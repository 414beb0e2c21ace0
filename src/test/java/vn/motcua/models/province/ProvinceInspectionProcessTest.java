package vn.motcua.models.province;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.motcua.models.ModelBeans;
import vn.motcua.models.ModelTestEngine;
import vn.motcua.province.Inspections;

/** The Department's yearly inspection of the agencies' QMS (processes/province/ProvinceInspectionProcess.bpmn). */
class ProvinceInspectionProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ModelTestEngine.extension();

    private static String deployment;
    private final ModelBeans beans = new ModelBeans();
    private Inspections inspections;

    @BeforeAll
    static void deploy() {
        deployment = engine.getProcessEngine().getRepositoryService().createDeployment()
                .addClasspathResource("processes/province/ProvinceInspectionProcess.bpmn").deploy().getId();
    }

    @AfterAll
    static void undeploy() {
        engine.getProcessEngine().getRepositoryService().deleteDeployment(deployment, true, true, true);
    }

    @BeforeEach
    void mocks() {
        inspections = beans.mock("inspections", Inspections.class);
        doAnswer(call -> {
            DelegateTask task = call.getArgument(0);
            if ("APPROVED".equals(task.getVariable("planDecision"))) {
                task.getExecution().setVariable("inspectedAgencies", new ArrayList<>(List.of("000.00.12.H42", "000.00.15.H42")));
            }
            return null;
        }).when(inspections).planDecided(any());
    }

    @AfterEach
    void forget() {
        beans.reset();
    }

    private ProcessInstance planned() {
        ProcessInstance inspection = runtimeService().startProcessInstanceByKey("ProvinceInspectionProcess", "KT-ISO-2026-1",
                withVariables("inspectionCode", "KT-ISO-2026-1"));
        assertThat(inspection).isWaitingAt("Task_ApprovePlan");
        assertThat(task(inspection)).hasCandidateGroup("province-leader");
        return inspection;
    }

    @Test
    void anApprovedPlanInspectsEachAgencyThenReports() {
        ProcessInstance inspection = planned();
        complete(task(inspection), withVariables("planDecision", "APPROVED"));

        List<Task> agencies = taskQuery().processInstanceId(inspection.getId()).taskDefinitionKey("Task_InspectAgency").list();
        assertThat(agencies).hasSize(2);
        agencies.forEach(task -> assertThat(task).hasCandidateGroup("province-qms-officer"));
        verify(inspections, times(2)).compileEvidence(argThat(task -> "Task_InspectAgency".equals(task.getTaskDefinitionKey())));
        agencies.forEach(task -> complete(task));
        verify(inspections, times(2)).inspected(any());

        assertThat(inspection).isWaitingAt("Task_WriteReport");
        complete(task(inspection), withVariables("inspectionConclusion", "Các cơ quan duy trì hệ thống"));
        assertThat(inspection).hasPassed("EndEvent_Reported").isEnded();
        verify(inspections).reported(any());
    }

    @Test
    void aPlanNotApprovedEndsThere() {
        ProcessInstance inspection = planned();
        complete(task(inspection), withVariables("planDecision", "RETURNED", "planNote", "Bổ sung Sở Nội vụ vào đoàn"));

        assertThat(inspection).hasPassed("EndEvent_NotApproved").hasNotPassed("Task_InspectAgency").isEnded();
        verify(inspections, never()).compileEvidence(any());
        verify(inspections).started(any());
    }
}
