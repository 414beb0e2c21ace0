package vn.motcua.models.procedures;

import static vn.motcua.models.procedures.Procedure.reviewBackTo;
import static vn.motcua.models.procedures.Procedure.signBackTo;
import static vn.motcua.models.procedures.Procedure.step;

/**
 * Judicial record certificate at the Department of Justice: record check, then the certificate drafted
 * (processes/procedures/so-tu-phap/JudicialRecordCertificateProcess.bpmn).
 */
class JudicialRecordCertificateProcessTest extends AppraisedProcedureProcessTest {

    @Override
    Procedure procedure() {
        return appraised("JudicialRecordCertificateProcess", "so-tu-phap",
                step("Task_AppraiseDossier", "stp-hanh-chinh-tu-phap"),
                step("Task_DraftCertificate", "stp-hanh-chinh-tu-phap"),
                step("Task_ReviewDraft", "stp-hanh-chinh-tu-phap-lanh-dao"),
                step("Task_SignResult", "stp-lanh-dao"))
                .sendingBack(reviewBackTo("Task_ReviewDraft", "Task_DraftCertificate"),
                        signBackTo("Task_SignResult", "Task_ReviewDraft"));
    }
}
