package vn.motcua.models.procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.verify;
import static vn.motcua.models.procedures.Procedure.signBackTo;
import static vn.motcua.models.procedures.Procedure.step;
import static vn.motcua.models.shared.DossierBeans.ofTheDossier;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.motcua.models.shared.DossierBeans;

/**
 * The joint procedure for a child under six (processes/procedures/lien-thong/ChildUnderSixJointProcess.bpmn):
 * the commune registers the birth, the commune police the permanent residence, the district social insurance
 * issues the health insurance card, one after the other, each agency in a sub-process with its own share of
 * the time. No step of this model offers an appraisal outcome on its form: the supplement loop it shares with
 * the other procedures is reached only when a client sets {@code appraisalOutcome} through the API, here at
 * the birth registration.
 */
class ChildUnderSixJointProcessTest extends ProcedureProcessTest {

    @Override
    Procedure procedure() {
        return new Procedure("ChildUnderSixJointProcess", "lien-thong", List.of(
                step("Task_RegisterBirth", "xa-tu-phap-ho-tich"),
                step("Task_SignBirthCertificate", "xa-lanh-dao"),
                step("Task_RegisterPermanentResidence", "ca-xa-dang-ky-cu-tru"),
                step("Task_ApproveResidence", "ca-xa-lanh-dao"),
                step("Task_IssueHealthInsuranceCard", "bhxh-thu-so-the")), "Task_RegisterBirth")
                .sendingBack(signBackTo("Task_SignBirthCertificate", "Task_RegisterBirth"));
    }

    @Test
    void eachAgencyStartsAndEndsItsShareInTurn() {
        List<String> shares = new ArrayList<>();
        doAnswer(call -> shares.add("started " + ((DelegateExecution) call.getArgument(0)).getCurrentActivityId()))
                .when(beans.agencyShares).started(any());
        doAnswer(call -> shares.add("ended " + ((DelegateExecution) call.getArgument(0)).getCurrentActivityId()))
                .when(beans.agencyShares).ended(any());

        walk.submitCheckedAtDesk("COMPLETE").handOver().processAll().returnResult();

        assertThat(shares).containsExactly(
                "started SubProcess_CommuneBirthRegistration", "ended SubProcess_CommuneBirthRegistration",
                "started SubProcess_PoliceResidence", "ended SubProcess_PoliceResidence",
                "started SubProcess_HealthInsuranceCard", "ended SubProcess_HealthInsuranceCard");
    }

    /** The share's timer reports the agency late to the desk; the agency's work goes on. */
    @ParameterizedTest
    @CsvSource({
            "SubProcess_CommuneBirthRegistration, 0, EndEvent_CommuneBirthRegistrationOverdueReported",
            "SubProcess_PoliceResidence,          2, EndEvent_PoliceResidenceOverdueReported",
            "SubProcess_HealthInsuranceCard,      4, EndEvent_HealthInsuranceCardOverdueReported"})
    void anAgencyOverItsShareOfTheTimeIsReported(String agency, int firstStep, String reported) {
        walk.submitCheckedAtDesk("COMPLETE").handOver();
        for (Procedure.Step step : procedure.steps().subList(0, firstStep)) {
            walk.completeStep(step, Map.of());
        }
        String timer = agency.replace("SubProcess_", "BoundaryEvent_") + "Overdue";
        assertThat(walk.timerDue(timer)).isEqualTo(DossierBeans.STEP_DUE);

        walk.fire(timer);

        verify(beans.agencyShares).overdue(ofTheDossier(), eq(agency));
        assertThat(walk.dossier()).hasPassed(reported);
        walk.assertOpenTasks(procedure.steps().get(firstStep).taskKey());
    }
}
