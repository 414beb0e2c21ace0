package vn.motcua.iso.nonconformity;

import static vn.motcua.calendar.VietnamTime.local;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import vn.motcua.calendar.VietnamTime;
import vn.motcua.engine.DossierVariables;
import vn.motcua.engine.DurableCommits;
import vn.motcua.engine.Privileged;
import vn.motcua.engine.ProcessReaders;
import vn.motcua.iso.AgencyRecords;
import vn.motcua.iso.QmsSettings;

/**
 * Nonconformities (điểm không phù hợp, ISO 9001:2015, 8.7): each recorded once per source and followed
 * up by its own instance of {@code NonconformingOutputProcess}, started in the transaction that
 * recorded it (a late dossier's closing, a month's evaluation, a request), so neither exists without
 * the other. The process calls back to keep the record's fields and status current.
 */
@Repository("nonconformities")
public class Nonconformities {

    public static final String PROCESS_KEY = "NonconformingOutputProcess";

    private static final Logger LOG = LoggerFactory.getLogger(Nonconformities.class);

    /** Where a nonconformity comes from, with the label its tasks show. */
    public enum Source {
        DOSSIER_LATE("Hồ sơ giải quyết quá hạn"),
        QUALITY_OBJECTIVE("Mục tiêu chất lượng không đạt"),
        INTERNAL_AUDIT("Đánh giá nội bộ"),
        /** A finding of the province's Department of Science and Technology at its yearly inspection. */
        INSPECTION("Kiểm tra của Sở Khoa học và Công nghệ"),
        MANUAL("Phát hiện trong quá trình làm việc (ví dụ kết quả ban hành sai)");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The label of a stored source name; the name itself when no longer known. */
        public static String labelOf(String name) {
            for (Source source : values()) {
                if (source.name().equals(name)) {
                    return source.label;
                }
            }
            return name;
        }
    }

    /** A nonconformity as listed. */
    public record Nonconformity(long id, String code, String source, String agencyCode, String responsibleUnit,
                                String dossierCode, String description, OffsetDateTime detectedAt, String status,
                                String processInstanceId, Boolean correctiveActionNeeded, OffsetDateTime closedAt) {
    }

    /** What a new nonconformity says: who handles it, about what. */
    public record NewNonconformity(String sourceKey, Source source, String agencyCode, String responsibleUnit,
                                   String dossierCode, String description, String openedBy) {
    }

    private final JdbcClient jdbc;
    private final DurableCommits durableCommits;
    private final ProcessEngine engine;
    private final QmsSettings settings;
    private final Clock clock;

    private final ProcessReaders readers;

    Nonconformities(JdbcClient jdbc, @Lazy ProcessEngine engine, QmsSettings settings, Clock clock, ProcessReaders readers,
                    DurableCommits durableCommits) {
        this.durableCommits = durableCommits;
        this.readers = readers;
        this.jdbc = jdbc;
        this.engine = engine;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Records the nonconformity unless one with this source key exists, and starts its process; the
     * code (KPH-2026-000123) when new, null when it was known already.
     */
    public String open(NewNonconformity nonconformity) {
        if (jdbc.sql("select count(*) from motcua_nonconformity where source_key = :key").param("key", nonconformity.sourceKey())
                .query(Integer.class).single() > 0) {
            return null;
        }
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), VietnamTime.ZONE);
        String unit = nonconformity.responsibleUnit() == null || nonconformity.responsibleUnit().isBlank()
                ? settings.fallbackUnit() : nonconformity.responsibleUnit();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into motcua_nonconformity (source_key, source, agency_code, responsible_unit, dossier_code,
                            description, detected_at, status, opened_by)
                        values (:key, :source, :agency, :unit, :dossier, :description, :now, 'OPEN', :openedBy)""")
                .param("key", nonconformity.sourceKey()).param("source", nonconformity.source().name())
                .param("agency", nonconformity.agencyCode()).param("unit", unit).param("dossier", nonconformity.dossierCode())
                .param("description", nonconformity.description()).param("now", now.withOffsetSameInstant(ZoneOffset.UTC))
                .param("openedBy", nonconformity.openedBy())
                .update(keys, "id");
        long id = java.util.Objects.requireNonNull(keys.getKey(), "no id generated").longValue();
        String code = String.format("KPH-%d-%06d", now.getYear(), id);
        // the code is shown and printed at once: in the file before it is (engine.DurableCommits)
        durableCommits.onCommit();
        Map<String, Object> variables = new HashMap<>();
        variables.put("nonconformityCode", code);
        variables.put("responsibleUnit", unit);
        variables.put("description", nonconformity.description());
        variables.put("source", nonconformity.source().name());
        variables.put("sourceLabel", nonconformity.source().label());
        variables.put("agencyCode", nonconformity.agencyCode());
        if (nonconformity.agencyCode() != null) {
            // the instance and its corrective action belong to the agency whose QMS follows it up
            variables.put(DossierVariables.QMS_AGENCY, nonconformity.agencyCode());
        }
        if (nonconformity.dossierCode() != null) {
            variables.put("dossierCode", nonconformity.dossierCode());
        }
        // the responsible unit reads the processes whose steps it works (their name and diagram in Tasklist): the
        // models name it only as ${responsibleUnit}
        readers.grantRead(List.of(unit), PROCESS_KEY);
        readers.grantRead(List.of(unit), CorrectiveActions.PROCESS_KEY);
        // the application decided this nonconformity is to be followed up, whoever's action revealed it
        ProcessInstance instance = Privileged.call(engine, () -> engine.getRuntimeService()
                .startProcessInstanceByKey(PROCESS_KEY, code, variables));
        jdbc.sql("update motcua_nonconformity set code = :code, process_instance_id = :pid, status = 'IN_PROGRESS' where id = :id")
                .param("code", code).param("pid", instance.getId()).param("id", id).update();
        LOG.info("Nonconformity {} ({}) opened for {}", code, nonconformity.source(), unit);
        return code;
    }

    /** Task listener of the decision: keeps what was found, done and decided on the record. */
    public void decided(DelegateTask task) {
        jdbc.sql("""
                        update motcua_nonconformity set details = :details, correction = :correction,
                            corrective_action_needed = :needed, decision_note = :note,
                            status = case when :needed then 'CORRECTIVE_ACTION' else status end
                        where code = :code""")
                .param("details", text(task.getVariable("details"))).param("correction", text(task.getVariable("correction")))
                .param("needed", Boolean.TRUE.equals(task.getVariable("correctiveActionNeeded")))
                .param("note", text(task.getVariable("decisionNote")))
                .param("code", task.getVariable("nonconformityCode")).update();
    }

    /** End listener of the process: the nonconformity is closed. */
    public void closed(DelegateExecution execution) {
        jdbc.sql("update motcua_nonconformity set status = 'CLOSED', closed_at = :now where code = :code")
                .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .param("code", execution.getVariable("nonconformityCode")).update();
    }

    /** The nonconformities not yet closed, newest first. */
    public List<Nonconformity> open() {
        return openOf(null);
    }

    /** The nonconformities not yet closed of the agencies given (null: every agency's) and the installation's. */
    public List<Nonconformity> openOf(Collection<String> agencies) {
        return list("where status <> 'CLOSED' and " + AgencyRecords.condition("agency_code", agencies), agencies);
    }

    /** How many are not yet closed, of one responsible unit or (null) of all. */
    public long countOpen(String responsibleUnit) {
        return jdbc.sql("""
                        select count(*) from motcua_nonconformity where status <> 'CLOSED'
                            and (cast(:unit as varchar(255)) is null or responsible_unit = :unit)""")
                .param("unit", responsibleUnit).query(Long.class).single();
    }

    public List<Nonconformity> all() {
        return all(null);
    }

    /** Every nonconformity of the agencies given (null: every agency's) and the installation's. */
    public List<Nonconformity> all(Collection<String> agencies) {
        return list("where " + AgencyRecords.condition("agency_code", agencies), agencies);
    }

    /** The agency of the nonconformity (an empty string for the installation's), empty when there is none. */
    public Optional<String> agencyOf(String code) {
        return jdbc.sql("select coalesce(agency_code, '') from motcua_nonconformity where code = :code").param("code", code)
                .query(String.class).optional();
    }

    private List<Nonconformity> list(String where, Collection<String> agencies) {
        return AgencyRecords.bind(jdbc.sql("select * from motcua_nonconformity " + where + " order by detected_at desc, id desc"),
                        agencies)
                .query((rs, n) -> new Nonconformity(rs.getLong("id"), rs.getString("code"), rs.getString("source"),
                        rs.getString("agency_code"), rs.getString("responsible_unit"), rs.getString("dossier_code"),
                        rs.getString("description"), local(rs.getObject("detected_at", OffsetDateTime.class)),
                        rs.getString("status"), rs.getString("process_instance_id"),
                        (Boolean) rs.getObject("corrective_action_needed"), local(rs.getObject("closed_at", OffsetDateTime.class))))
                .list();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
