package vn.motcua.models.procedures;

import static vn.motcua.models.procedures.Procedure.reviewBackTo;
import static vn.motcua.models.procedures.Procedure.signBackTo;
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
                step("Task_SignResult", "sct-lanh-dao"))
                .sendingBack(reviewBackTo("Task_ReviewDraft", "Task_AppraiseDossier"),
                        signBackTo("Task_SignResult", "Task_ReviewDraft"));
    }
}
