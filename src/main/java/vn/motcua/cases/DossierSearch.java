package vn.motcua.cases;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds dossiers by a part of their code or of the applicant's name, newest first, for the officers'
 * search in Tasklist. It only narrows the candidates: whether the caller may read each one is
 * {@link DossierAccess}'s decision, taken by the caller of this class on every dossier it shows.
 */
@Component
public class DossierSearch {

    private final JdbcClient jdbc;
    private final DossierRepository dossiers;

    DossierSearch(JdbcClient jdbc, DossierRepository dossiers) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
    }

    /**
     * The codes of the dossiers whose code or applicant name contains the text (case ignored), newest
     * first; with units, only dossiers one of whose steps one of those units worked (a step's unit may
     * name several groups, "a,b").
     */
    public List<String> codesMatching(String text, List<String> units, int limit) {
        String pattern = "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%";
        StringBuilder sql = new StringBuilder("select d.code from motcua_dossier d where (lower(d.code) like :pattern "
                + "escape '\\' or lower(d.applicant_name) like :pattern escape '\\')");
        if (units != null) {
            if (units.isEmpty()) {
                return List.of();
            }
            sql.append(" and exists (select 1 from motcua_dossier_step s where s.dossier_code = d.code and (");
            for (int i = 0; i < units.size(); i++) {
                sql.append(i == 0 ? "" : " or ").append("',' || s.unit || ',' like :unit").append(i).append(" escape '\\'");
            }
            sql.append("))");
        }
        sql.append(" order by d.submitted_at desc, d.code desc fetch first ").append(Math.max(1, limit)).append(" rows only");
        JdbcClient.StatementSpec statement = jdbc.sql(sql.toString()).param("pattern", pattern);
        if (units != null) {
            for (int i = 0; i < units.size(); i++) {
                statement = statement.param("unit" + i, "%," + escapeLike(units.get(i)) + ",%");
            }
        }
        return statement.query(String.class).list();
    }

    /** The dossier registered for a process instance (the procedure's own instance), if it is one. */
    public Optional<Dossier> ofProcessInstance(String processInstanceId) {
        return dossiers.findByProcessInstanceId(processInstanceId);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
