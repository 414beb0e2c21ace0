package vn.motcua.models.iso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
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

import vn.motcua.iso.audit.InternalAudits;
import vn.motcua.models.ModelTestEngine;

/**
 * The yearly internal audit programme, ISO 9001:2015 9.2, and the audit of each department it calls
 * (processes/iso/InternalAuditProcess.bpmn with DepartmentAuditProcess.bpmn).
 */
class InternalAuditProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ModelTestEngine.extension();

    @RegisterExtension
    static IsoModels models = IsoModels.deployed(engine, "InternalAuditProcess", "DepartmentAuditProcess");
    private final InternalAudits audits = models.internalAudits();

    @Test
    void theProgrammeStartsEveryYearOnTheFifteenthOfJanuary() {
        HistoricProcessInstance started = fireStartTimer("StartEvent_YearlyProgramme", engine);

        assertThat(inVietnam(started.getStartTime(), "dd/MM HH:mm")).isEqualTo("15/01 08:00");
        ProcessInstance programme = processInstanceQuery().processInstanceId(started.getId()).singleResult();
        assertThat(programme).isWaitingAt("Task_PlanAudits");
        assertThat(task(programme)).hasCandidateGroup("iso-secretary");
        verify(audits).programmeStarted(in(programme));
    }

    @Test
    void theIsoSecretaryMayAlsoStartAProgrammeByHand() {
        assertThat(startingGroups("InternalAuditProcess")).as("who may start a programme").containsExactly("iso-secretary");
    }

    @Test
    void eachPlannedDepartmentIsAuditedThenTheProgrammeIsReported() {
        // the plan names the departments audited
        doAnswer(setting("auditedDepartments", new ArrayList<>(List.of("phong-a", "phong-b")))).when(audits).planned(any());
        ProcessInstance programme = runtimeService().startProcessInstanceByKey("InternalAuditProcess", "DGNB-2027",
                withVariables("programmeCode", "DGNB-2027", "auditYear", 2027L));
        verify(audits).programmeStarted(in(programme));
        complete(task(programme), withVariables("auditedDepartmentsText", "phong-a, phong-b", "auditCriteria", "TCVN ISO 9001:2015"));
        verify(audits).planned(step("Task_PlanAudits", programme));

        assertThat(programme).isWaitingAt("CallActivity_DepartmentAudits");
        List<ProcessInstance> departments = processInstanceQuery().superProcessInstanceId(programme.getId())
                .orderByBusinessKey().asc().list();
        assertThat(departments).extracting(ProcessInstance::getBusinessKey).containsExactly("DGNB-2027-phong-a", "DGNB-2027-phong-b");
        for (ProcessInstance department : departments) {
            assertThat(department).hasProcessDefinitionKey("DepartmentAuditProcess").variables()
                    .containsEntry("programmeCode", "DGNB-2027").containsEntry("auditYear", 2027L)
                    .containsEntry("auditCriteria", "TCVN ISO 9001:2015").containsKey("auditedDepartment");
        }
        assertThat(departments).extracting(department -> runtimeService().getVariable(department.getId(), "auditedDepartment"))
                .containsExactly("phong-a", "phong-b");

        audit(departments.get(0));
        assertThat(programme).isWaitingAt("CallActivity_DepartmentAudits");
        verify(audits, never()).summarize(any());
        audit(departments.get(1));

        assertThat(programme).isWaitingAt("Task_AuditReport");
        assertThat(task(programme)).hasCandidateGroup("iso-secretary");
        verify(audits).summarize(step("Task_AuditReport", programme));
        complete(task(programme), withVariables("auditReportConclusion", "Hệ thống phù hợp"));

        assertThat(programme).hasPassedInOrder("Task_PlanAudits", "CallActivity_DepartmentAudits", "Task_AuditReport",
                "EndEvent_AuditReported").isEnded();
        InOrder order = inOrder(audits);
        order.verify(audits).audited(step("Task_AuditDepartment", departments.get(1)));
        order.verify(audits).reported(step("Task_AuditReport", programme));
    }

    private void audit(ProcessInstance department) {
        complete(task("Task_AssignAuditor", department), withVariables("auditor", "tranthib"));
        complete(task("Task_AuditDepartment", department), withVariables("findings", "Đạt", "nonconformityFound", false));
        assertThat(department).isEnded();
    }
}
