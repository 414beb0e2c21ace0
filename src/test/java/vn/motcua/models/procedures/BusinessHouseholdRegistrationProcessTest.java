package vn.motcua.models.procedures;

import static vn.motcua.models.procedures.Procedure.signBackTo;
import static vn.motcua.models.procedures.Procedure.step;

/**
 * Business household registration at the district: appraisal, then the head of the finance office signs
 * (processes/procedures/ubnd-huyen/BusinessHouseholdRegistrationProcess.bpmn).
 */
class BusinessHouseholdRegistrationProcessTest extends AppraisedProcedureProcessTest {

    @Override
    Procedure procedure() {
        return appraised("BusinessHouseholdRegistrationProcess", "ubnd-huyen",
                step("Task_AppraiseDossier", "huyen-tai-chinh-ke-hoach"),
                step("Task_ReviewDraft", "huyen-tai-chinh-ke-hoach-lanh-dao"))
                .sendingBack(signBackTo("Task_ReviewDraft", "Task_AppraiseDossier"));
    }
}
