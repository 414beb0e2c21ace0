package vn.motcua.models.procedures;

import static vn.motcua.models.procedures.Procedure.step;

import org.camunda.bpm.engine.test.Deployment;

/**
 * Business household registration at the district: appraisal, then the head of the finance office signs
 * (processes/procedures/ubnd-huyen/BusinessHouseholdRegistrationProcess.bpmn).
 */
@Deployment(resources = {
        "processes/procedures/ubnd-huyen/BusinessHouseholdRegistrationProcess.bpmn",
        "processes/shared/DossierIntakeProcess.bpmn",
        "processes/shared/ResultReturnProcess.bpmn"})
class BusinessHouseholdRegistrationProcessTest extends AppraisedProcedureProcessTest {

    @Override
    Procedure procedure() {
        return appraised("BusinessHouseholdRegistrationProcess",
                step("Task_AppraiseDossier", "huyen-tai-chinh-ke-hoach"),
                step("Task_ReviewDraft", "huyen-tai-chinh-ke-hoach-lanh-dao"));
    }
}
