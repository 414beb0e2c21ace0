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

    /**
     * One paper of the procedure's list (thành phần hồ sơ). A paper is required unless its name ends with
     * "(nếu có)" ("if any"), as the published procedure lists mark the optional ones.
     */
    public record Paper(String code, String name) {

        static final String OPTIONAL_MARK = "(nếu có)";

        public boolean required() {
            return name == null || !name.strip().toLowerCase(java.util.Locale.forLanguageTag("vi")).endsWith(OPTIONAL_MARK);
        }
    }

    /** A commune-level procedure: every commune decides it, the one chosen at receipt ({@link ProcedureProperties#COMMUNE}). */
    public boolean decidedByCommune() {
        return ProcedureProperties.COMMUNE.equals(agencyCode);
    }

    /**
     * The role in the deciding commune of the first unit of processing, when the model names it through
     * {@code dossierUnits.group(execution, 'role')}; null when the model names a group.
     */
    public String departmentRole() {
        return department != null && department.startsWith(DossierUnits.ROLE_PREFIX)
                ? department.substring(DossierUnits.ROLE_PREFIX.length()) : null;
    }

    public Paper paper(String code) {
        return papers.stream().filter(p -> p.code().equals(code)).findFirst().orElse(null);
    }

    /** The required papers not among those received, in the procedure's order. */
    public List<Paper> missingRequired(java.util.Collection<String> received) {
        return papers.stream().filter(Paper::required).filter(p -> !received.contains(p.code())).toList();
    }
}
