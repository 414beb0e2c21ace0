package vn.motcua.models.shared;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static vn.motcua.models.shared.DossierBeans.ofTheDossier;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.verification.VerificationMode;

import vn.motcua.cases.DossierIntake;
import vn.motcua.models.ModelTestEngine;

/**
 * The shared intake block (processes/shared/DossierIntakeProcess.bpmn): the check, unless the desk has
 * checked already, and the three outcomes of Decree 61/2018 Art. 18-19 (receipt, supplement request, refusal).
 */
@Deployment(resources = "processes/shared/DossierIntakeProcess.bpmn")
class DossierIntakeProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ModelTestEngine.extension();

    @RegisterExtension
    final DossierBeans beans = new DossierBeans();

    /** Each outcome of the check, with the service task that records it and the end it reaches. */
    static Stream<Arguments> outcomes() {
        return Stream.of(
                Arguments.of("COMPLETE", "Task_IssueReceipt", "EndEvent_DossierReceived"),
                Arguments.of("INCOMPLETE", "Task_IssueSupplementRequest", "EndEvent_SupplementRequested"),
                Arguments.of("INELIGIBLE", "Task_IssueRefusal", "EndEvent_DossierRefused"));
    }

    @Test
    void aDossierNotCheckedAtTheDeskWaitsForTheClerksCheck() {
        ProcessInstance intake = start(null);

        assertThat(intake).isWaitingAtExactly("Task_CheckDossier");
        assertThat(intake).task().hasCandidateGroup(DossierBeans.RECEIVING_DESK);
        verifyNoInteractions(beans.intake);
    }

    @ParameterizedTest
    @MethodSource("outcomes")
    void theClerksCheckDecidesTheOutcome(String outcome, String outcomeTask, String endEvent) {
        ProcessInstance intake = start(null);

        complete(task("Task_CheckDossier", intake), withVariables("intakeOutcome", outcome));

        assertThat(intake).hasPassedInOrder("Task_CheckDossier", outcomeTask, endEvent).isEnded();
        verifyOutcomeOnly(outcome);
    }

    @ParameterizedTest
    @MethodSource("outcomes")
    void aDossierCheckedAtTheDeskGoesStraightToItsOutcome(String outcome, String outcomeTask, String endEvent) {
        ProcessInstance intake = start(outcome);

        assertThat(intake).hasPassedInOrder(outcomeTask, endEvent).hasNotPassed("Task_CheckDossier").isEnded();
        verifyOutcomeOnly(outcome);
    }

    @Test
    void aDossierReceivedAtTheDecidingAgencysDeskIsNotForwarded() {
        ProcessInstance intake = start("COMPLETE");

        assertThat(intake).hasPassed("Task_IssueReceipt", "EndEvent_DossierReceived").hasNotPassed("Task_ForwardDossier")
                .isEnded();
        verify(beans.units).forwarded(ofTheDossier());
        verifyNoInteractions(beans.forwarding);
    }

    @Test
    void aDossierReceivedAtAnotherDeskIsForwardedByThatDeskThenIsReceivedWhereItIsDecided() {
        org.mockito.Mockito.when(beans.units.forwarded(org.mockito.ArgumentMatchers.any())).thenReturn(true);
        ProcessInstance intake = start("COMPLETE");

        assertThat(intake).hasPassed("Task_IssueReceipt").isWaitingAtExactly("Task_ForwardDossier");
        assertThat(intake).task().hasCandidateGroup(DossierBeans.RECEIVING_DESK);
        verifyNoInteractions(beans.forwarding);

        complete(task("Task_ForwardDossier", intake));

        verify(beans.forwarding).forwarded(DossierBeans.theTask("Task_ForwardDossier"));
        assertThat(intake).hasPassedInOrder("Task_IssueReceipt", "Task_ForwardDossier", "EndEvent_DossierReceived").isEnded();
    }

    /** The outcome gateway has no default flow: a value outside the three is an error, not a silent path. */
    @Test
    void anOutcomeOutsideTheThreeIsRefusedAndTheCheckStaysOpen() {
        ProcessInstance intake = start(null);

        assertThatThrownBy(() -> complete(task("Task_CheckDossier", intake), withVariables("intakeOutcome", "LATER")))
                .isInstanceOf(ProcessEngineException.class);

        assertThat(intake).isWaitingAtExactly("Task_CheckDossier");
        verifyNoInteractions(beans.intake);
    }

    private ProcessInstance start(String intakeOutcome) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("dossierCode", DossierBeans.DOSSIER_CODE);
        variables.put("agencyCode", DossierBeans.AGENCY_CODE);
        variables.put("intakeOutcome", intakeOutcome);
        return runtimeService().startProcessInstanceByKey("DossierIntakeProcess", DossierBeans.DOSSIER_CODE, variables);
    }

    private void verifyOutcomeOnly(String outcome) {
        DossierIntake intake = beans.intake;
        verify(intake, onceIf("COMPLETE", outcome)).receive(ofTheDossier());
        verify(intake, onceIf("INCOMPLETE", outcome)).requestSupplement(ofTheDossier());
        verify(intake, onceIf("INELIGIBLE", outcome)).refuse(ofTheDossier());
    }

    private static VerificationMode onceIf(String expected, String outcome) {
        return expected.equals(outcome) ? times(1) : never();
    }
}
