package vn.motcua.cases;

import java.util.List;

/**
 * An administrative procedure as its deployed model describes it.
 *
 * @param papers     the papers the applicant hands in (thành phần hồ sơ)
 * @param department the unit that appraises the dossiers (the first step of processing), for reports
 */
public record Procedure(String code, String name, String agencyCode, String agencyName, String legalBasis,
                        int statutoryWorkingDays, String fee, List<Paper> papers, String processDefinitionId,
                        String processDefinitionKey, int version, String versionTag, String department) {

    public record Paper(String code, String name) {
    }

    public Paper paper(String code) {
        return papers.stream().filter(p -> p.code().equals(code)).findFirst().orElse(null);
    }
}
