package vn.motcua.models.procedures;

import static vn.motcua.models.procedures.Procedure.reviewBackTo;
import static vn.motcua.models.procedures.Procedure.signBackTo;
import static vn.motcua.models.procedures.Procedure.step;

/**
 * First registration of land at the land registration office: land use verified, financial obligations determined
 * (processes/procedures/van-phong-dang-ky-dat-dai/LandFirstRegistrationProcess.bpmn).
 */
class LandFirstRegistrationProcessTest extends AppraisedProcedureProcessTest {

    @Override
    Procedure procedure() {
        return appraised("LandFirstRegistrationProcess", "van-phong-dang-ky-dat-dai",
                step("Task_AppraiseDossier", "vpdk-dang-ky"),
                step("Task_VerifyLandUse", "vpdk-dang-ky"),
                step("Task_DetermineFinancialObligations", "vpdk-dang-ky"),
                step("Task_ReviewDraft", "vpdk-dang-ky-lanh-dao"),
                step("Task_SignResult", "vpdk-lanh-dao"))
                .sendingBack(reviewBackTo("Task_ReviewDraft", "Task_DetermineFinancialObligations"),
                        signBackTo("Task_SignResult", "Task_ReviewDraft"));
    }
}
