package vn.motcua.models.procedures;

import static vn.motcua.models.procedures.Procedure.reviewBackTo;
import static vn.motcua.models.procedures.Procedure.signBackTo;
import static vn.motcua.models.procedures.Procedure.step;

/**
 * House construction permit at the commune (since 1 July 2025), with a site inspection by its economic office and
 * the commune's leader signing; the groups are those of the commune that decides the dossier
 * (processes/procedures/ubnd-xa/HouseConstructionPermitProcess.bpmn).
 */
class HouseConstructionPermitProcessTest extends AppraisedProcedureProcessTest {

    @Override
    Procedure procedure() {
        return appraised("HouseConstructionPermitProcess", "ubnd-xa",
                step("Task_AppraiseDossier", "thach-khe-kinh-te"),
                step("Task_InspectSite", "thach-khe-kinh-te"),
                step("Task_ReviewDraft", "thach-khe-kinh-te-lanh-dao"),
                step("Task_SignResult", "thach-khe-lanh-dao"))
                .sendingBack(reviewBackTo("Task_ReviewDraft", "Task_InspectSite"),
                        signBackTo("Task_SignResult", "Task_ReviewDraft"));
    }
}
