package vn.motcua.models.procedures;

import static vn.motcua.models.procedures.Procedure.step;

/**
 * Liquor wholesale licence at the Department of Industry and Trade, trade management office
 * (processes/procedures/so-cong-thuong/LiquorWholesaleLicenceProcess.bpmn).
 */
class LiquorWholesaleLicenceProcessTest extends AppraisedProcedureProcessTest {

    @Override
    Procedure procedure() {
        return appraised("LiquorWholesaleLicenceProcess", "so-cong-thuong",
                step("Task_AppraiseDossier", "sct-quan-ly-thuong-mai"),
                step("Task_ReviewDraft", "sct-quan-ly-thuong-mai-lanh-dao"),
                step("Task_SignResult", "sct-lanh-dao"));
    }
}
