package vn.motcua.models.procedures;

import static vn.motcua.models.procedures.Procedure.step;

import org.camunda.bpm.engine.test.Deployment;

/**
 * Judicial record certificate at the Department of Justice: record check, then the certificate drafted
 * (processes/procedures/so-tu-phap/JudicialRecordCertificateProcess.bpmn).
 */
@Deployment(resources = {
        "processes/procedures/so-tu-phap/JudicialRecordCertificateProcess.bpmn",
        "processes/shared/DossierIntakeProcess.bpmn",
        "processes/shared/ResultReturnProcess.bpmn"})
class JudicialRecordCertificateProcessTest extends AppraisedProcedureProcessTest {

    @Override
    Procedure procedure() {
        return appraised("JudicialRecordCertificateProcess",
                step("Task_AppraiseDossier", "stp-hanh-chinh-tu-phap"),
                step("Task_DraftCertificate", "stp-hanh-chinh-tu-phap"),
                step("Task_ReviewDraft", "stp-hanh-chinh-tu-phap-lanh-dao"),
                step("Task_SignResult", "stp-lanh-dao"));
    }
}
