package vn.motcua.measurement;

import static vn.motcua.calendar.VietnamTime.local;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.motcua.calendar.VietnamTime;

/** The drill-down of the report: the dossiers resolved late in a period, with the late steps and their units. */
@Service
public class LateDossiers {

    public record LateStep(String step, String unit, OffsetDateTime dueAt, OffsetDateTime endedAt) {
    }

    public record LateDossier(String code, String procedureCode, String procedureName, String agencyCode,
                              OffsetDateTime dueAt, OffsetDateTime resultAt, List<LateStep> lateSteps) {
    }

    private static final int LIMIT = 200;

    private final JdbcClient jdbc;

    LateDossiers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<LateDossier> between(LocalDate from, LocalDate to, String agency, String procedure) {
        OffsetDateTime start = from.atStartOfDay(VietnamTime.ZONE).toOffsetDateTime().withOffsetSameInstant(java.time.ZoneOffset.UTC);
        OffsetDateTime end = to.plusDays(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime().withOffsetSameInstant(java.time.ZoneOffset.UTC);
        return jdbc.sql("""
                        select code, procedure_code, procedure_name, agency_code, due_at, result_at from motcua_dossier
                        where timeliness = 'LATE' and result_at >= :start and result_at < :end
                          and (cast(:agency as varchar(32)) is null or agency_code = :agency)
                          and (cast(:procedure as varchar(64)) is null or procedure_code = :procedure)
                        order by result_at desc""")
                .param("start", start).param("end", end).param("agency", agency).param("procedure", procedure)
                .query((rs, n) -> new LateDossier(rs.getString("code"), rs.getString("procedure_code"),
                        rs.getString("procedure_name"), rs.getString("agency_code"),
                        local(rs.getObject("due_at", OffsetDateTime.class)), local(rs.getObject("result_at", OffsetDateTime.class)),
                        List.of()))
                .list().stream().limit(LIMIT)
                .map(dossier -> new LateDossier(dossier.code(), dossier.procedureCode(), dossier.procedureName(),
                        dossier.agencyCode(), dossier.dueAt(), dossier.resultAt(), lateSteps(dossier.code())))
                .toList();
    }

    private List<LateStep> lateSteps(String code) {
        return jdbc.sql("select step_name, unit, due_at, ended_at from motcua_dossier_step where dossier_code = :code "
                        + "and timeliness = 'LATE' order by started_at")
                .param("code", code)
                .query((rs, n) -> new LateStep(rs.getString("step_name"), rs.getString("unit"),
                        local(rs.getObject("due_at", OffsetDateTime.class)), local(rs.getObject("ended_at", OffsetDateTime.class))))
                .list();
    }

}
