package vn.motcua.models.iso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
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
import static vn.motcua.models.iso.IsoModels.in;
import static vn.motcua.models.iso.IsoModels.moment;
import static vn.motcua.models.iso.IsoModels.step;

import java.util.Date;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

import vn.motcua.iso.documentcontrol.DocumentControl;
import vn.motcua.models.ModelTestEngine;

/** A procedure model as a controlled document, ISO 9001:2015 7.5.2-7.5.3 (processes/iso/DocumentControlProcess.bpmn). */
class DocumentControlProcessTest {

    static final Date FIRST_REVIEW = moment("2028-01-10T08:00:00+07:00");
    static final Date SECOND_REVIEW = moment("2029-01-10T08:00:00+07:00");

    @RegisterExtension
    static ProcessEngineExtension engine = ModelTestEngine.extension();

    @RegisterExtension
    static IsoModels models = IsoModels.deployed(engine, "DocumentControlProcess");
    private final DocumentControl documents = models.documentControl();

    @BeforeEach
    void stub() {
        when(documents.periodicReviewAt(any())).thenReturn(FIRST_REVIEW, SECOND_REVIEW);
    }

    @Test
    void aDraftThatFailsReviewIsReturned() {
        ProcessInstance document = submitted();

        complete(task(document), withVariables("reviewPassed", false, "reviewNote", "Thiếu căn cứ pháp lý"));

        assertThat(document).hasPassed("EndEvent_Returned").hasNotPassed("Task_ApproveDocument").isEnded();
        verify(documents).returned(in(document));
        verifyNoMoreInteractions(documents);
    }

    @Test
    void aDraftTheLeaderDoesNotApproveIsReturned() {
        ProcessInstance document = reviewed();

        complete(task(document), withVariables("approved", false, "approvalNote", "Chưa phù hợp Nghị định mới"));

        assertThat(document).hasPassed("Gateway_Approved", "EndEvent_Returned").hasNotPassed("Task_IssueRevision").isEnded();
        InOrder order = inOrder(documents);
        order.verify(documents).decided(step("Task_ApproveDocument", document));
        order.verify(documents).returned(in(document));
        verifyNoMoreInteractions(documents);
    }

    @Test
    void anApprovedDraftIsIssuedAndStaysInForceUntilItsPeriodicReview() {
        ProcessInstance document = issued();

        assertThat(document).hasPassedInOrder("Task_IssueRevision", "Task_NotifyUnits", "Task_WithdrawPrevious")
                .isWaitingAt("Gateway_WaitForReview").isWaitingFor("DocumentSuperseded");
        assertThat(job("Event_PeriodicReviewDue", document)).hasDueDate(FIRST_REVIEW);
        InOrder order = inOrder(documents);
        order.verify(documents).decided(step("Task_ApproveDocument", document));
        order.verify(documents).issue(in(document));
        order.verify(documents).notifyUnits(in(document));
        order.verify(documents).withdrawPrevious(in(document));
        order.verify(documents).periodicReviewAt(in(document));
        verify(documents, never()).returned(any());
    }

    @Test
    void aDocumentStillValidAtItsPeriodicReviewWaitsForTheNextOne() {
        ProcessInstance document = issued();
        execute(job("Event_PeriodicReviewDue", document));
        assertThat(document).isWaitingAt("Task_PeriodicReview").isNotWaitingFor("DocumentSuperseded");
        assertThat(task(document)).hasCandidateGroup("iso-secretary");

        complete(task(document), withVariables("stillValid", true));

        assertThat(document).hasPassed("Gateway_StillValid").isWaitingAt("Gateway_WaitForReview").isWaitingFor("DocumentSuperseded");
        assertThat(job("Event_PeriodicReviewDue", document)).hasDueDate(SECOND_REVIEW);
        verify(documents, times(2)).periodicReviewAt(in(document));
        verify(documents, never()).needsRevision(any());
    }

    @Test
    void aDocumentFoundOutdatedAtItsPeriodicReviewNeedsRevision() {
        ProcessInstance document = issued();
        execute(job("Event_PeriodicReviewDue", document));

        complete(task(document), withVariables("stillValid", false, "periodicReviewNote", "Luật mới thay đổi thời hạn"));

        assertThat(document).hasPassed("Gateway_StillValid", "EndEvent_NeedsRevision").isEnded();
        verify(documents).needsRevision(in(document));
    }

    @Test
    void aDocumentSupersededByANewRevisionEnds() {
        ProcessInstance document = issued();

        // what DocumentControl.withdrawPrevious does for the earlier revisions when a new one is issued
        runtimeService().createMessageCorrelation("DocumentSuperseded").processInstanceId(document.getId()).correlateAll();

        assertThat(document).hasPassed("Event_Superseded", "EndEvent_Superseded").hasNotPassed("Task_PeriodicReview").isEnded();
        assertThat(jobQuery().processInstanceId(document.getId()).count()).as("the periodic review's timer").isZero();
        verify(documents, never()).needsRevision(any());
    }

    private ProcessInstance submitted() {
        ProcessInstance document = runtimeService().startProcessInstanceByKey("DocumentControlProcess", "TL-2027-1",
                withVariables("documentCode", "TL-2027-1", "documentKey", "ProcedureX", "documentTitle", "Quy trình X"));
        assertThat(document).isWaitingAt("Task_ReviewDraft");
        assertThat(task(document)).hasCandidateGroup("iso-secretary");
        return document;
    }

    private ProcessInstance reviewed() {
        ProcessInstance document = submitted();
        complete(task(document), withVariables("reviewPassed", true));
        assertThat(document).isWaitingAt("Task_ApproveDocument");
        assertThat(task(document)).hasCandidateGroup("agency-leader");
        verify(documents, never()).decided(any());
        return document;
    }

    private ProcessInstance issued() {
        ProcessInstance document = reviewed();
        complete(task(document), withVariables("approved", true));
        return document;
    }
}
