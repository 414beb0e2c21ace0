package vn.motcua.cases;

import java.util.List;

/**
 * A dossier handed in at the desk or through the online portal.
 *
 * @param intakeOutcome  the desk's decision; null leaves the check to a clerk's task (online dossiers)
 * @param decidingAgency for a commune-level procedure, the commune chosen to decide it; null: the receiving desk's
 * @param returnDesk     the desk where the citizen chose to collect the result; null: the receiving desk
 */
public record NewDossier(String procedureCode, Channel channel, Applicant applicant, List<String> papers,
                         IntakeOutcome intakeOutcome, String missingPapers, String refusalReason, String decidingAgency,
                         String returnDesk) {

    public NewDossier(String procedureCode, Channel channel, Applicant applicant, List<String> papers,
                      IntakeOutcome intakeOutcome, String missingPapers, String refusalReason) {
        this(procedureCode, channel, applicant, papers, intakeOutcome, missingPapers, refusalReason, null, null);
    }
}
