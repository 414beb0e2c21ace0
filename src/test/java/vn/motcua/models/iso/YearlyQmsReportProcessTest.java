package vn.motcua.models.iso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static vn.motcua.models.iso.IsoModels.in;
import static vn.motcua.models.iso.IsoModels.startingGroups;
import static vn.motcua.models.iso.IsoModels.step;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

import vn.motcua.models.ModelTestEngine;
import vn.motcua.province.YearlyQmsReports;

/** An agency's yearly QMS report to the Department of Science and Technology (processes/iso/YearlyQmsReportProcess.bpmn). */
class YearlyQmsReportProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ModelTestEngine.extension();

    @RegisterExtension
    static IsoModels models = IsoModels.deployed(engine, "YearlyQmsReportProcess");
    private final YearlyQmsReports reports = models.yearlyQmsReports();

    private ProcessInstance started() {
        ProcessInstance report = runtimeService().startProcessInstanceByKey("YearlyQmsReportProcess",
                withVariables("reportYear", 2026, "reportAgency", "000.00.12.H42"));
        assertThat(report).isWaitingAt("Task_PrepareReport");
        assertThat(task(report)).hasCandidateGroup("iso-secretary");
        return report;
    }

    @Test
    void onlyTheIsoSecretaryStartsAReport() {
        assertThat(startingGroups("YearlyQmsReportProcess")).containsExactly("iso-secretary");
    }

    @Test
    void aSignedReportIsSubmitted() {
        ProcessInstance report = started();
        complete(task(report), withVariables("difficulties", "Cán bộ ISO kiêm nhiệm", "proposals", "Tập huấn lại"));
        assertThat(report).isWaitingAt("Task_SignReport");
        assertThat(task(report)).hasCandidateGroup("agency-leader");

        complete(task(report), withVariables("reportDecision", "SIGNED"));

        assertThat(report).hasPassed("Gateway_Signed", "EndEvent_Submitted").isEnded();
        InOrder order = inOrder(reports);
        order.verify(reports).started(in(report));
        order.verify(reports).prepared(step("Task_PrepareReport", report));
        order.verify(reports).decided(step("Task_SignReport", report));
        verifyNoMoreInteractions(reports);
    }

    @Test
    void aReturnedReportGoesBackToTheSecretaryUntilSigned() {
        ProcessInstance report = started();
        complete(task(report));
        complete(task(report), withVariables("reportDecision", "RETURNED", "returnReason", "Thiếu số liệu đào tạo"));

        assertThat(report).hasPassed("Gateway_Signed").isWaitingAt("Task_PrepareReport").hasNotPassed("EndEvent_Submitted");

        complete(task(report));
        complete(task(report), withVariables("reportDecision", "SIGNED"));
        assertThat(report).isEnded();
        verify(reports, times(2)).prepared(step("Task_PrepareReport", report));
        verify(reports, times(2)).decided(step("Task_SignReport", report));
    }
}
