package vn.motcua.models.procedures;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.verify;
import static vn.motcua.models.procedures.Procedure.signBackTo;
import static vn.motcua.models.procedures.Procedure.step;
import static vn.motcua.models.shared.DossierBeans.ofTheDossier;

import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Business household registration at the commune (since 1 July 2025): appraisal by the commune's economic office,
 * then its head signs; one model for every commune, each step offered to the office of the commune that decides
 * the dossier (processes/procedures/ubnd-xa/BusinessHouseholdRegistrationProcess.bpmn).
 */
class BusinessHouseholdRegistrationProcessTest extends AppraisedProcedureProcessTest {

    @Override
    Procedure procedure() {
        return appraised("BusinessHouseholdRegistrationProcess", "ubnd-xa",
                step("Task_AppraiseDossier", "thach-khe-kinh-te"),
                step("Task_ReviewDraft", "thach-khe-kinh-te-lanh-dao"))
                .sendingBack(signBackTo("Task_ReviewDraft", "Task_AppraiseDossier"));
    }

    @Test
    void eachStepGoesToTheOfficeOfTheCommuneThatDecidesTheDossier() {
        beans.decidedBy("dong-tien");
        walk.submitCheckedAtDesk("COMPLETE").handOver();

        assertThat(walk.dossier()).task("Task_AppraiseDossier").hasCandidateGroup("dong-tien-kinh-te");
        walk.completeStep(new Procedure.Step("Task_AppraiseDossier", "dong-tien-kinh-te"), Map.of("appraisalOutcome", "APPROVE"));
        assertThat(walk.dossier()).task("Task_ReviewDraft").hasCandidateGroup("dong-tien-kinh-te-lanh-dao");
        verify(beans.units, atLeastOnce()).group(ofTheDossier(), eq("kinh-te"));
        verify(beans.units, atLeastOnce()).group(ofTheDossier(), eq("kinh-te-lanh-dao"));
    }
}
