package vn.motcua.models.iso;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static vn.motcua.models.iso.IsoModels.step;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

import vn.motcua.iso.audit.InternalAudits;
import vn.motcua.models.ModelTestEngine;

/** The internal audit of one department, ISO 9001:2015 9.2 (processes/iso/DepartmentAuditProcess.bpmn). */
class DepartmentAuditProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ModelTestEngine.extension();

    @RegisterExtension
    static IsoModels models = IsoModels.deployed(engine, "DepartmentAuditProcess");
    private final InternalAudits audits = models.internalAudits();

    @Test
    void theSecretaryAssignsAnAuditorWhoAuditsTheDepartment() {
        ProcessInstance audit = runtimeService().startProcessInstanceByKey("DepartmentAuditProcess", "DGNB-2027-phong-a",
                withVariables("programmeCode", "DGNB-2027", "auditYear", 2027L, "auditCriteria", "TCVN ISO 9001:2015",
                        "auditedDepartment", "phong-a"));

        assertThat(audit).isWaitingAt("Task_AssignAuditor");
        assertThat(task(audit)).hasCandidateGroup("iso-secretary");
        complete(task(audit), withVariables("auditor", "tranthib"));

        assertThat(audit).isWaitingAt("Task_AuditDepartment");
        assertThat(task(audit)).hasCandidateGroupAssociated("internal-auditor").isAssignedTo("tranthib");
        complete(task(audit), withVariables("findings", "Đạt", "nonconformityFound", false));

        assertThat(audit).hasPassedInOrder("Task_AssignAuditor", "Task_AuditDepartment", "EndEvent_DepartmentAudited").isEnded();
        InOrder order = inOrder(audits);
        order.verify(audits).describe(step("Task_AssignAuditor", audit));
        order.verify(audits).auditorAssigned(step("Task_AssignAuditor", audit));
        order.verify(audits).evidence(step("Task_AuditDepartment", audit));
        order.verify(audits).audited(step("Task_AuditDepartment", audit));
        verifyNoMoreInteractions(audits);
    }
}
