package vn.motcua.models.procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static vn.motcua.models.shared.DossierBeans.ofTheDossier;
import static vn.motcua.models.shared.DossierBeans.theTask;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.InOrder;

import vn.motcua.cases.DossierApologies;
import vn.motcua.cases.DossierSupplements;
import vn.motcua.engine.DossierVariables;
import vn.motcua.models.ModelTestEngine;
import vn.motcua.models.procedures.Procedure.SendBack;
import vn.motcua.models.shared.DossierBeans;

/**
 * The shape every procedure model shares, tested on each of them (a subclass names its model, deploys it
 * with the intake and return blocks, and adds what is its own): intake outcomes, hand-over, processing,
 * the apology window and the overdue escalation on the processing sub-process, the supplement loop with
 * its abandonment, withdrawal at any moment, and the return of the result (Decree 61/2018 Art. 18-20).
 */
@TestInstance(Lifecycle.PER_CLASS)
abstract class ProcedureProcessTest {

    static final String DUE_SOON = "BoundaryEvent_DossierDueSoon";
    static final String OVERDUE = "BoundaryEvent_DossierOverdue";
    static final String ABANDONED = "BoundaryEvent_SupplementAbandoned";

    /**
     * An instance field, one per test class: a static one in this superclass would be a single object shared
     * by all its subclasses, and the first subclass's end would clear the engine out of it for the others.
     */
    @RegisterExtension
    final ProcessEngineExtension engine = ModelTestEngine.extension();

    final Procedure procedure = procedure();
    private String deploymentId;
    DossierBeans beans;
    DossierWalk walk;

    abstract Procedure procedure();

    /** The model with the blocks it calls, once for the class: each test walks its own dossier. */
    @BeforeAll
    void deploy() {
        deploymentId = repositoryService().createDeployment().name(getClass().getSimpleName())
                .addClasspathResource(procedure.resource())
                .addClasspathResource("processes/shared/DossierIntakeProcess.bpmn")
                .addClasspathResource("processes/shared/ResultReturnProcess.bpmn")
                .deploy().getId();
    }

    /** With the dossiers left open, whose listeners are not called (the mocks are gone by then). */
    @AfterAll
    void undeploy() {
        repositoryService().deleteDeployment(deploymentId, true, true, true);
    }

    @BeforeEach
    void newDossier() {
        beans = new DossierBeans();
        walk = new DossierWalk(procedure);
    }

    @AfterEach
    void reset() {
        beans.reset();
    }

    @ParameterizedTest
    @CsvSource({"INCOMPLETE, Task_IssueSupplementRequest", "INELIGIBLE, Task_IssueRefusal"})
    void aDossierNotReceivedAtIntakeEndsThere(String intakeOutcome, String intakeStep) {
        walk.submitCheckedAtDesk(intakeOutcome);

        assertThat(walk.dossier()).hasPassed("CallActivity_Intake", "EndEvent_DossierNotReceived")
                .hasNotPassed("Task_HandOverDossier").isEnded();
        assertThat(walk.passedInIntake()).contains(intakeStep).doesNotContain("Task_CheckDossier");
        verify(beans.registration).register(any());
        verify(beans.intake, never()).receive(any());
    }

    @Test
    void aDossierNotCheckedAtTheDeskIsCheckedInsideIntakeUnderItsOwnCode() {
        walk.submitUnchecked();

        assertThat(walk.intake()).hasBusinessKey(DossierBeans.DOSSIER_CODE)
                .variables().containsEntry("dossierCode", DossierBeans.DOSSIER_CODE);
        walk.checkAtIntake("COMPLETE");

        assertThat(walk.dossier()).isWaitingAtExactly("Task_HandOverDossier")
                .variables().containsEntry("dossierDueDate", DossierBeans.DOSSIER_DUE);
        verify(beans.intake).receive(ofTheDossier());
    }

    @Test
    void aReceivedDossierIsHandedOverProcessedStepByStepAndReturned() {
        walk.submitCheckedAtDesk("COMPLETE").handOver().processAll();

        assertThat(walk.resultReturn()).hasBusinessKey(DossierBeans.DOSSIER_CODE)
                .variables().containsEntry("dossierDueDate", DossierBeans.DOSSIER_DUE);
        walk.returnResult();

        assertThat(walk.dossier()).hasPassedInOrder("CallActivity_Intake", "Task_HandOverDossier",
                "SubProcess_Processing", "CallActivity_ReturnResult", "EndEvent_ResultReturned");
        assertThat(walk.dossier()).hasNotPassed(DossierSupplements.WAITING_TASK, DossierApologies.TASK);
        InOrder order = inOrder(beans.registration, beans.intake, beans.milestones);
        order.verify(beans.registration).register(any());
        order.verify(beans.intake).receive(ofTheDossier());
        order.verify(beans.milestones).resultReady(ofTheDossier());
        order.verify(beans.milestones).resultReturned(ofTheDossier());
        verifyNoInteractions(beans.supplements, beans.apologies);
        verify(beans.escalations, never()).dossierDueSoon(any());
        verify(beans.escalations, never()).dossierOverdue(any());
    }

    /**
     * Each level of the internal procedure may send the dossier back to the step before with a reason (README:
     * 'A dossier, end to end'): the step before opens again as a new task, and once every level approves, the
     * dossier goes on to the return as usual.
     */
    @Test
    void eachLevelMaySendTheDossierBackToTheStepBeforeAndItGoesOnOnceApproved() {
        assertThat(procedure.sendBacks()).as("levels that may send back").isNotEmpty();
        walk.submitCheckedAtDesk("COMPLETE").handOver();

        for (SendBack level : procedure.sendBacks()) {
            walk.workUntil(level.from()).sendBack(level, "Dự thảo chưa đủ căn cứ, đề nghị xử lý lại");
        }
        walk.processRest().returnResult();

        for (SendBack level : procedure.sendBacks()) {
            assertThat(walk.timesCompleted(level.to())).as("%s worked again after %s sent it back", level.to(), level.from())
                    .isGreaterThan(1);
            if (DossierVariables.REVIEW_DECISION.equals(level.decision())) {
                verify(beans.sendBacks, atLeastOnce()).reviewed(theTask(level.from()));
            } else {
                verify(beans.sendBacks, atLeastOnce()).signed(theTask(level.from()));
            }
        }
        verify(beans.milestones).resultReady(ofTheDossier());
        verifyNoInteractions(beans.supplements);
    }

    @Test
    void oneWorkingDayBeforeTheDueMomentTheHoldingUnitsAreAskedForAnApology() {
        walk.submitCheckedAtDesk("COMPLETE").handOver();
        assertThat(walk.timerDue(DUE_SOON)).isEqualTo(DossierBeans.DOSSIER_WARN);

        walk.fire(DUE_SOON);

        verify(beans.escalations).dossierDueSoon(ofTheDossier());
        assertThat(walk.dossier()).isWaitingAt(DossierApologies.TASK, procedure.firstStep())
                .task(DossierApologies.TASK).hasCandidateGroup(DossierBeans.HOLDING_UNITS);
        complete(task(DossierApologies.TASK, walk.dossier()),
                withVariables("apologyReason", "Chờ ý kiến cơ quan phối hợp", "newReturnDate", "2026-12-15T10:00:00"));
        verify(beans.apologies).named(theTask(DossierApologies.TASK));
        verify(beans.apologies).record(theTask(DossierApologies.TASK));
        // under the 2018 forms (no approval configured) the new date holds at once
        verify(beans.apologies).approvalRequired(ofTheDossier());
        assertThat(walk.dossier()).hasPassed("EndEvent_ApologyIssued").hasNotPassed(DossierApologies.APPROVAL_TASK);
        walk.assertOpenTasks(procedure.firstStep());

        walk.processAll().returnResult();
    }

    @Test
    void underThe2025FormsTheExtensionAskedForWaitsForTheApproversAndHoldsOnceApproved() {
        when(beans.apologies.approvalRequired(any())).thenReturn(true);
        walk.submitCheckedAtDesk("COMPLETE").handOver();
        walk.fire(DUE_SOON);

        complete(task(DossierApologies.TASK, walk.dossier()),
                withVariables("apologyReason", "Chờ ý kiến cơ quan phối hợp", "newReturnDate", "2026-12-15T10:00:00"));

        verify(beans.apologies).record(theTask(DossierApologies.TASK));
        assertThat(walk.dossier()).isWaitingAt(DossierApologies.APPROVAL_TASK, procedure.firstStep())
                .task(DossierApologies.APPROVAL_TASK).hasCandidateGroup(DossierBeans.APPROVERS);
        verify(beans.apologies).approvers(ofTheDossier());
        complete(task(DossierApologies.APPROVAL_TASK, walk.dossier()), withVariables("extensionDecision", "APPROVE"));

        verify(beans.apologies).decided(theTask(DossierApologies.APPROVAL_TASK));
        assertThat(walk.dossier()).hasPassed("EndEvent_ExtensionApproved").hasNotPassed("EndEvent_ApologyIssued");
        walk.assertOpenTasks(procedure.firstStep());

        walk.processAll().returnResult();
    }

    @Test
    void anExtensionTheApproverRefusesGoesBackToTheUnitToAskAgain() {
        when(beans.apologies.approvalRequired(any())).thenReturn(true);
        walk.submitCheckedAtDesk("COMPLETE").handOver();
        walk.fire(DUE_SOON);
        complete(task(DossierApologies.TASK, walk.dossier()),
                withVariables("apologyReason", "Chờ ý kiến cơ quan phối hợp", "newReturnDate", "2026-12-15T10:00:00"));

        complete(task(DossierApologies.APPROVAL_TASK, walk.dossier()),
                withVariables("extensionDecision", "SEND_BACK", "sendBackReason", "Ngày hẹn mới quá xa"));

        // back to the unit holding the dossier, which asks again; the new request is approved
        assertThat(walk.dossier()).isWaitingAt(DossierApologies.TASK, procedure.firstStep())
                .task(DossierApologies.TASK).hasCandidateGroup(DossierBeans.HOLDING_UNITS);
        assertThat(walk.dossier()).hasNotPassed("EndEvent_ExtensionApproved");
        complete(task(DossierApologies.TASK, walk.dossier()),
                withVariables("apologyReason", "Chờ ý kiến cơ quan phối hợp", "newReturnDate", "2026-12-11T10:00:00"));
        complete(task(DossierApologies.APPROVAL_TASK, walk.dossier()), withVariables("extensionDecision", "APPROVE"));
        assertThat(walk.dossier()).hasPassed("EndEvent_ExtensionApproved");
        verify(beans.apologies, org.mockito.Mockito.times(2)).record(theTask(DossierApologies.TASK));
        verify(beans.apologies, org.mockito.Mockito.times(2)).decided(theTask(DossierApologies.APPROVAL_TASK));
        walk.assertOpenTasks(procedure.firstStep());
    }

    @Test
    void anApologyAlreadyIssuedIsNotAskedForAgain() {
        when(beans.apologies.alreadyIssued(any())).thenReturn(true);
        walk.submitCheckedAtDesk("COMPLETE").handOver();

        walk.fire(DUE_SOON);

        verify(beans.escalations).dossierDueSoon(ofTheDossier());
        verify(beans.apologies).alreadyIssued(ofTheDossier());
        assertThat(walk.dossier()).hasPassed("EndEvent_ApologyNotNeeded").hasNotPassed(DossierApologies.TASK)
                .isWaitingAt(procedure.firstStep());
        walk.assertOpenTasks(procedure.firstStep());
    }

    @Test
    void anOverdueDossierIsEscalatedAndItsProcessingGoesOn() {
        walk.submitCheckedAtDesk("COMPLETE").handOver();
        assertThat(walk.timerDue(OVERDUE)).isEqualTo(DossierBeans.DOSSIER_DUE);

        walk.fire(OVERDUE);

        verify(beans.escalations).dossierOverdue(ofTheDossier());
        assertThat(walk.dossier()).hasPassed("EndEvent_DossierOverdueEscalated").isWaitingAt(procedure.firstStep());
        walk.assertOpenTasks(procedure.firstStep());
        walk.processAll().returnResult();
    }

    /** Decree 61/2018 Art. 19(4): the time waiting for the citizen does not count; it starts again from zero. */
    @Test
    void aSupplementStopsTheDossierClockUntilThePapersArriveAndProcessingStartsAgain() {
        walk.submitCheckedAtDesk("COMPLETE").handOver().askForSupplement();

        verify(beans.supplements).requested(ofTheDossier());
        assertThat(walk.hasTimer(DUE_SOON)).as("apology window while waiting").isFalse();
        assertThat(walk.hasTimer(OVERDUE)).as("overdue while waiting").isFalse();
        assertThat(walk.timerDue(ABANDONED)).isEqualTo(DossierBeans.ABANDON);

        walk.receiveSupplement();

        verify(beans.supplements).received(theTask(DossierSupplements.WAITING_TASK));
        assertThat(walk.hasTimer(ABANDONED)).isFalse();
        assertThat(walk.timerDue(DUE_SOON)).isEqualTo(DossierBeans.DOSSIER_WARN_AFTER_SUPPLEMENT);
        assertThat(walk.timerDue(OVERDUE)).isEqualTo(DossierBeans.DOSSIER_DUE_AFTER_SUPPLEMENT);
        walk.processAll().returnResult();
        verify(beans.milestones, never()).abandoned(any());
    }

    @Test
    void aDossierWhoseSupplementNeverArrivesIsClosedAsAbandoned() {
        walk.submitCheckedAtDesk("COMPLETE").handOver().askForSupplement();

        walk.fire(ABANDONED);

        verify(beans.milestones).abandoned(ofTheDossier());
        assertThat(walk.dossier()).hasPassedInOrder("Task_RecordAbandonment", "EndEvent_DossierAbandoned")
                .hasNotPassed("CallActivity_ReturnResult").isEnded();
    }

    @Test
    void aDossierWithdrawnDuringIntakeEndsWithItsIntake() {
        walk.submitUnchecked();
        ProcessInstance intake = walk.intake();

        walk.withdraw();

        assertWithdrawn();
        assertThat(processInstanceQuery().processInstanceId(intake.getId()).count()).isZero();
        verifyNoInteractions(beans.intake);
    }

    @Test
    void aDossierWithdrawnDuringProcessingEndsThere() {
        walk.submitCheckedAtDesk("COMPLETE").handOver();

        walk.withdraw();

        assertWithdrawn();
        assertThat(walk.dossier()).hasNotPassed("CallActivity_ReturnResult");
        assertThat(walk.hasTimer(DUE_SOON)).isFalse();
    }

    @Test
    void aDossierWithdrawnWhileWaitingForASupplementEndsThere() {
        walk.submitCheckedAtDesk("COMPLETE").handOver().askForSupplement();

        walk.withdraw();

        assertWithdrawn();
        assertThat(walk.hasTimer(ABANDONED)).isFalse();
        verify(beans.milestones, never()).abandoned(any());
    }

    private void assertWithdrawn() {
        assertThat(walk.dossier()).hasPassedInOrder("Task_RecordWithdrawal", "EndEvent_DossierWithdrawn").isEnded();
        verify(beans.milestones).withdrawn(ofTheDossier());
    }
}
