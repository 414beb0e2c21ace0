package vn.motcua.models.procedures;

import static vn.motcua.models.procedures.Procedure.reviewBackTo;
import static vn.motcua.models.procedures.Procedure.signBackTo;
import static vn.motcua.models.procedures.Procedure.step;

/**
 * Food safety certificate at the Department of Industry and Trade, with an inspection of the premises
 * (processes/procedures/so-cong-thuong/FoodSafetyCertificateProcess.bpmn).
 */
class FoodSafetyCertificateProcessTest extends AppraisedProcedureProcessTest {

    @Override
    Procedure procedure() {
        return appraised("FoodSafetyCertificateProcess", "so-cong-thuong",
                step("Task_AppraiseDossier", "sct-ky-thuat-an-toan"),
                step("Task_InspectPremises", "sct-ky-thuat-an-toan"),
                step("Task_ReviewDraft", "sct-ky-thuat-an-toan-lanh-dao"),
                step("Task_SignResult", "sct-lanh-dao"))
                .sendingBack(reviewBackTo("Task_ReviewDraft", "Task_InspectPremises"),
                        signBackTo("Task_SignResult", "Task_ReviewDraft"));
    }
}
