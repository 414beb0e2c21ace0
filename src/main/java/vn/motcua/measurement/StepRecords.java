package vn.motcua.measurement;

import static vn.motcua.calendar.VietnamTime.local;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;


/** The steps of dossiers (motcua_dossier_step), written in the engine's transaction as tasks start and end. */
@Repository
public class StepRecords {

    private final JdbcClient jdbc;

    StepRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void started(String taskId, String dossierCode, String processInstanceId, String activityId, String stepName,
                 String unit, String agencyCode, BigDecimal allocationDays, OffsetDateTime startedAt,
                 OffsetDateTime dueAt) {
        jdbc.sql("""
                        insert into motcua_dossier_step (task_id, dossier_code, process_instance_id, activity_id,
                            step_name, unit, agency_code, allocation_days, started_at, due_at)
                        values (:taskId, :code, :instance, :activity, :name, :unit, :agency, :allocation,
                            :startedAt, :dueAt)""")
                .param("taskId", taskId)
                .param("code", dossierCode)
                .param("instance", processInstanceId)
                .param("activity", activityId)
                .param("name", stepName)
                .param("unit", unit)
                .param("agency", agencyCode)
                .param("allocation", allocationDays)
                .param("startedAt", utc(startedAt))
                .param("dueAt", utc(dueAt))
                .update();
    }

    /** An agency's share of an inter-agency procedure starts: a step of its own, keyed by the activity instance. */
    public void shareStarted(String key, String dossierCode, String processInstanceId, String activityId, String name,
                             String agencyCode, BigDecimal allocationDays, OffsetDateTime startedAt, OffsetDateTime dueAt) {
        started(key, dossierCode, processInstanceId, activityId, name, agencyCode, agencyCode, allocationDays,
                startedAt, dueAt);
        jdbc.sql("update motcua_dossier_step set kind = 'AGENCY' where task_id = :key").param("key", key).update();
    }

    /** An agency's share ends, judged early, on time or late against its own deadline. */
    public void shareEnded(String key, OffsetDateTime endedAt) {
        OffsetDateTime due = jdbc.sql("select due_at from motcua_dossier_step where task_id = :key").param("key", key)
                .query((rs, row) -> rs.getObject("due_at", OffsetDateTime.class)).optional().orElse(null);
        ended(key, endedAt, null, Timeliness.judge(endedAt.toZonedDateTime(), due == null ? null : due.toZonedDateTime()));
    }

    /** The open step of a dossier at the activity, if any. */
    public java.util.Optional<StepRecord> open(String dossierCode, String activityId) {
        return ofDossier(dossierCode).stream()
                .filter(step -> step.isOpen() && step.activityId().equals(activityId)).findFirst();
    }

    void ended(String taskId, OffsetDateTime endedAt, String completedBy, Timeliness timeliness) {
        jdbc.sql("update motcua_dossier_step set ended_at = :endedAt, completed_by = :by, timeliness = :timeliness "
                        + "where task_id = :taskId and ended_at is null")
                .param("endedAt", utc(endedAt))
                .param("by", completedBy)
                .param("timeliness", timeliness == null ? null : timeliness.name())
                .param("taskId", taskId)
                .update();
    }

    /** The steps of a dossier in the order they started. */
    public List<StepRecord> ofDossier(String dossierCode) {
        return jdbc.sql("""
                        select task_id, dossier_code, activity_id, step_name, unit, agency_code, allocation_days,
                            started_at, due_at, ended_at, completed_by, timeliness, kind
                        from motcua_dossier_step where dossier_code = :code order by started_at, task_id""")
                .param("code", dossierCode)
                .query((rs, row) -> new StepRecord(rs.getString("task_id"), rs.getString("dossier_code"),
                        rs.getString("activity_id"), rs.getString("step_name"), rs.getString("unit"),
                        rs.getString("agency_code"), rs.getBigDecimal("allocation_days"),
                        local(rs.getObject("started_at", OffsetDateTime.class)), local(rs.getObject("due_at", OffsetDateTime.class)),
                        local(rs.getObject("ended_at", OffsetDateTime.class)), rs.getString("completed_by"),
                        rs.getString("timeliness") == null ? null : Timeliness.valueOf(rs.getString("timeliness")),
                        rs.getString("kind")))
                .list();
    }

    /** The procedure code of a dossier, for counting its steps. */
    String procedureOf(String dossierCode) {
        return jdbc.sql("select procedure_code from motcua_dossier where code = :code").param("code", dossierCode)
                .query(String.class).optional().orElse("");
    }

    /** Whether one of the groups worked, or is working, a step of the dossier. */
    public boolean anyStepOfUnits(String dossierCode, List<String> groupIds) {
        if (groupIds.isEmpty()) {
            return false;
        }
        return ofDossier(dossierCode).stream().anyMatch(step -> step.unit() != null
                && List.of(step.unit().split(",")).stream().anyMatch(groupIds::contains));
    }

    private static OffsetDateTime utc(OffsetDateTime moment) {
        return moment == null ? null : moment.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
