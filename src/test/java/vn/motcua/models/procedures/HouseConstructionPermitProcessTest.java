package vn.motcua.models.procedures;

import static vn.motcua.models.procedures.Procedure.reviewBackTo;
import static vn.motcua.models.procedures.Procedure.signBackTo;
import static vn.motcua.models.procedures.Procedure.step;

/**
 * House construction permit at the district, with a site inspection (processes/procedures/ubnd-
 * huyen/HouseConstructionPermitProcess.bpmn).
 */
class HouseConstructionPermitProcessTest extends AppraisedProcedureProcessTest {

    @Override
    Procedure procedure() {
        return appraised("HouseConstructionPermitProcess", "ubnd-huyen",
                step("Task_AppraiseDossier", "huyen-kinh-te-ha-tang"),
                step("Task_InspectSite", "huyen-kinh-te-ha-tang"),
                step("Task_ReviewDraft", "huyen-kinh-te-ha-tang-lanh-dao"),
                step("Task_SignResult", "huyen-lanh-dao"))
                .sendingBack(reviewBackTo("Task_ReviewDraft", "Task_InspectSite"),
                        signBackTo("Task_SignResult", "Task_ReviewDraft"));
    }
}
