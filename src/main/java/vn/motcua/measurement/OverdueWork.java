package vn.motcua.measurement;

import static vn.motcua.calendar.VietnamTime.local;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;


/**
 * The open steps that are overdue or fall due soon, with their dossier, unit and procedure: the
 * managers' view in Cockpit. Reads the open steps by due moment (indexed), never closed history.
 */
@Service
public class OverdueWork {

    private static final int LIMIT = 500;

    public record OpenStep(String dossierCode, String processInstanceId, String procedureCode, String procedureName,
                           String step, String unit, String kind, OffsetDateTime dueAt, OffsetDateTime dossierDueAt,
                           boolean overdue) {
    }

    private final JdbcClient jdbc;

    OverdueWork(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Open steps due by {@code soon}, the overdue ones first. By, not before: a step due at the very moment one working
     * day from now is within that day (a dossier received at night is handed over by 17:00 of the coming working day,
     * and one working day from then is that same 17:00). Of the agencies' dossiers only, or of all with null.
     */
    public List<OpenStep> dueBefore(OffsetDateTime now, OffsetDateTime soon, Collection<String> agencies) {
        if (agencies != null && agencies.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select s.dossier_code, s.process_instance_id, d.procedure_code, d.procedure_name, s.step_name,
                               s.unit, s.kind, s.due_at, d.due_at as dossier_due, d.process_instance_id as dossier_instance
                        from motcua_dossier_step s join motcua_dossier d on d.code = s.dossier_code
                        where s.ended_at is null and s.due_at <= :soon
                        """ + (agencies == null ? "" : "and d.agency_code in (:agencies)\n") + """
                        order by s.due_at
                        fetch first :limit rows only""")
                .params(agencies == null ? java.util.Map.of() : java.util.Map.of("agencies", agencies))
                .param("soon", soon.withOffsetSameInstant(ZoneOffset.UTC)).param("limit", LIMIT)
                .query((rs, n) -> {
                    OffsetDateTime due = local(rs.getObject("due_at", OffsetDateTime.class));
                    return new OpenStep(rs.getString("dossier_code"), rs.getString("dossier_instance"),
                            rs.getString("procedure_code"), rs.getString("procedure_name"), rs.getString("step_name"),
                            rs.getString("unit"), rs.getString("kind"), due,
                            local(rs.getObject("dossier_due", OffsetDateTime.class)), due.isBefore(now));
                })
                .list();
    }

}
