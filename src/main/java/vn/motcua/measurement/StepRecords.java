package vn.motcua.measurement;

import static vn.motcua.calendar.VietnamTime.local;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;


/** The steps of dossiers (motcua_dossier_step), written in the engine's transaction as tasks start and end. */
@Repository
public class StepRecords {

    /** The dossier registered for a root process instance: what a step is recorded under. */
    record Registered(String code, String agencyCode, String procedureCode) {
    }

    /** Dossiers by root process instance id: a dossier's instance never changes, so a step costs no query. */
    private static final int KNOWN_INSTANCES = 10_000;
    /** The length of motcua_dossier_step.note (V17). */
    static final int NOTE_LENGTH = 4000;

    private final JdbcClient jdbc;
    private final Map<String, Registered> registered = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Registered> eldest) {
                    return size() > KNOWN_INSTANCES;
                }
            });

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

    /**
     * The dossier registered for the root process instance (the procedure's own instance), if it is one:
     * the only source of a step's dossier, never a variable or business key that a client or another
     * model could set. Only found dossiers are remembered: a dossier is registered as its instance starts.
     */
    Optional<Registered> registeredFor(String rootProcessInstanceId) {
        if (rootProcessInstanceId == null) {
            return Optional.empty();
        }
        Registered known = registered.get(rootProcessInstanceId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Registered> found = jdbc.sql("""
                        select code, agency_code, procedure_code from motcua_dossier
                        where process_instance_id = :instance""")
                .param("instance", rootProcessInstanceId)
                .query((rs, row) -> new Registered(rs.getString("code"), rs.getString("agency_code"),
                        rs.getString("procedure_code")))
                .optional();
        found.ifPresent(dossier -> registered.put(rootProcessInstanceId, dossier));
        return found;
    }

    /**
     * An agency's share of an inter-agency procedure starts: a step of its own, keyed by the activity
     * instance, recorded on the dossier registered for the root process instance (nothing when there is none).
     */
    public void shareStarted(String key, String rootProcessInstanceId, String processInstanceId, String activityId,
                             String name, String agencyCode, BigDecimal allocationDays, OffsetDateTime startedAt,
                             OffsetDateTime dueAt) {
        Registered dossier = registeredFor(rootProcessInstanceId).orElse(null);
        if (dossier == null) {
            return;
        }
        started(key, dossier.code(), processInstanceId, activityId, name, agencyCode, agencyCode, allocationDays,
                startedAt, dueAt);
        jdbc.sql("update motcua_dossier_step set kind = 'AGENCY' where task_id = :key").param("key", key).update();
    }

    /** An agency's share ends, judged early, on time or late against its own deadline. */
    public void shareEnded(String key, OffsetDateTime endedAt) {
        OffsetDateTime due = jdbc.sql("select due_at from motcua_dossier_step where task_id = :key").param("key", key)
                .query((rs, row) -> rs.getObject("due_at", OffsetDateTime.class)).optional().orElse(null);
        ended(key, endedAt, null, Timeliness.judge(endedAt.toZonedDateTime(), due == null ? null : due.toZonedDateTime()),
                StepOutcome.DONE, null);
    }

    /** The open step of a dossier at the activity, if any. */
    public java.util.Optional<StepRecord> open(String dossierCode, String activityId) {
        return ofDossier(dossierCode).stream()
                .filter(step -> step.isOpen() && step.activityId().equals(activityId)).findFirst();
    }

    void ended(String taskId, OffsetDateTime endedAt, String completedBy, Timeliness timeliness, StepOutcome outcome,
               String note) {
        jdbc.sql("""
                        update motcua_dossier_step set ended_at = :endedAt, completed_by = :by, timeliness = :timeliness,
                            outcome = :outcome, note = :note
                        where task_id = :taskId and ended_at is null""")
                .param("endedAt", utc(endedAt))
                .param("by", completedBy)
                .param("timeliness", timeliness == null ? null : timeliness.name())
                .param("outcome", outcome.name())
                .param("note", fitted(note))
                .param("taskId", taskId)
                .update();
    }

    /** A note as the column keeps it: an opinion longer than the column is cut, never refused. */
    private static String fitted(String note) {
        return note == null || note.length() <= NOTE_LENGTH ? note : note.substring(0, NOTE_LENGTH - 1) + "…";
    }

    /**
     * The appraisal that has just ended asked the citizen for a supplement (README: 'Deadlines, escalations'):
     * the dossier's step that ended last says so, with what was asked, instead of plain done.
     */
    public void supplementRequested(String dossierCode, String missingPapers) {
        jdbc.sql("""
                        select task_id from motcua_dossier_step
                        where dossier_code = :code and kind = 'TASK' and ended_at is not null and outcome = 'DONE'
                        order by ended_at desc, started_at desc fetch first 1 rows only""")
                .param("code", dossierCode)
                .query(String.class).optional()
                .ifPresent(taskId -> jdbc.sql("update motcua_dossier_step set outcome = :outcome, note = :note "
                                + "where task_id = :taskId")
                        .param("outcome", StepOutcome.SUPPLEMENT_REQUESTED.name())
                        .param("note", fitted(missingPapers))
                        .param("taskId", taskId)
                        .update());
    }

    /** The steps of a dossier in the order they started. */
    public List<StepRecord> ofDossier(String dossierCode) {
        return jdbc.sql("""
                        select task_id, dossier_code, activity_id, step_name, unit, agency_code, allocation_days,
                            started_at, due_at, ended_at, completed_by, timeliness, kind, outcome, note
                        from motcua_dossier_step where dossier_code = :code order by started_at, task_id""")
                .param("code", dossierCode)
                .query((rs, row) -> new StepRecord(rs.getString("task_id"), rs.getString("dossier_code"),
                        rs.getString("activity_id"), rs.getString("step_name"), rs.getString("unit"),
                        rs.getString("agency_code"), rs.getBigDecimal("allocation_days"),
                        local(rs.getObject("started_at", OffsetDateTime.class)), local(rs.getObject("due_at", OffsetDateTime.class)),
                        local(rs.getObject("ended_at", OffsetDateTime.class)), rs.getString("completed_by"),
                        rs.getString("timeliness") == null ? null : Timeliness.valueOf(rs.getString("timeliness")),
                        rs.getString("kind"),
                        rs.getString("outcome") == null ? null : StepOutcome.valueOf(rs.getString("outcome")),
                        rs.getString("note")))
                .list();
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

    /** The dossier of each task that is a step of a registered dossier, by task id (other tasks are left out). */
    public Map<String, String> dossierCodesOfTasks(Collection<String> taskIds) {
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        Map<String, String> codes = new LinkedHashMap<>();
        jdbc.sql("select task_id, dossier_code from motcua_dossier_step where task_id in (:ids)")
                .param("ids", taskIds)
                .query((rs, row) -> codes.put(rs.getString("task_id"), rs.getString("dossier_code"))).list();
        return codes;
    }
}
