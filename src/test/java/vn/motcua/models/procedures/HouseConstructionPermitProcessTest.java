package vn.motcua.models.procedures;

import static vn.motcua.models.procedures.Procedure.step;

import org.camunda.bpm.engine.test.Deployment;

/**
 * House construction permit at the district, with a site inspection (processes/procedures/ubnd-
 * huyen/HouseConstructionPermitProcess.bpmn).
 */
@Deployment(resources = {
        "processes/procedures/ubnd-huyen/HouseConstructionPermitProcess.bpmn",
        "processes/shared/DossierIntakeProcess.bpmn",
        "processes/shared/ResultReturnProcess.bpmn"})
class HouseConstructionPermitProcessTest extends AppraisedProcedureProcessTest {

    @Override
    Procedure procedure() {
        return appraised("HouseConstructionPermitProcess",
                step("Task_AppraiseDossier", "huyen-kinh-te-ha-tang"),
                step("Task_InspectSite", "huyen-kinh-te-ha-tang"),
                step("Task_ReviewDraft", "huyen-kinh-te-ha-tang-lanh-dao"),
                step("Task_SignResult", "huyen-lanh-dao"));
    }
}
