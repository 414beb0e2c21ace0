package vn.motcua.cases;

import java.util.List;

/**
 * A dossier handed in at the desk or through the online portal.
 *
 * @param intakeOutcome the desk's decision; null leaves the check to a clerk's task (online dossiers)
 */
public record NewDossier(String procedureCode, Channel channel, Applicant applicant, List<String> papers,
                         IntakeOutcome intakeOutcome, String missingPapers, String refusalReason) {
}
