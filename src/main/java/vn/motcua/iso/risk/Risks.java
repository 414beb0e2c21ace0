package vn.motcua.iso.risk;

import static vn.motcua.calendar.VietnamTime.local;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.motcua.calendar.VietnamTime;
import vn.motcua.engine.DossierVariables;
import vn.motcua.engine.Privileged;
import vn.motcua.engine.ProcessReaders;
import vn.motcua.iso.ActionPlans;
import vn.motcua.iso.AgencyRecords;
import vn.motcua.iso.QmsSettings;

/**
 * The register of risks and opportunities (rủi ro và cơ hội, ISO 9001:2015, 6.1), each entry followed
 * by {@code RiskProcess}: assessment by likelihood and impact, an action plan from a configured level
 * on, its implementation, and a periodic review that reassesses or closes the entry.
 */
@Service("risks")
public class Risks {

    public static final String PROCESS_KEY = "RiskProcess";

    /** A risk (to be reduced) or an opportunity (to be taken), with its code prefix and label. */
    public enum Kind {
        RISK("RR", "Rủi ro"),
        OPPORTUNITY("CH", "Cơ hội");

        private final String prefix;
        private final String label;

        Kind(String prefix, String label) {
            this.prefix = prefix;
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** An entry of the register as listed. */
    public record Risk(String code, String kind, String kindLabel, String title, String description, String responsibleUnit,
                       String status, String statusLabel, Integer likelihood, Integer impact, Integer level,
                       String actionOwner, LocalDate actionDeadline, OffsetDateTime nextReviewAt,
                       OffsetDateTime registeredAt, String agencyCode) {
    }

    private static final Map<String, String> STATUS = Map.of("ASSESSING", "Đang đánh giá", "PLANNING", "Lập kế hoạch xử lý",
            "TREATING", "Đang xử lý", "MONITORED", "Theo dõi, chờ xem xét lại", "CLOSED", "Đã đóng");

    private final JdbcClient jdbc;
    private final ProcessEngine engine;
    private final QmsSettings settings;
    private final Clock clock;

    private final ProcessReaders readers;

    Risks(JdbcClient jdbc, @Lazy ProcessEngine engine, QmsSettings settings, Clock clock, ProcessReaders readers) {
        this.readers = readers;
        this.jdbc = jdbc;
        this.engine = engine;
        this.settings = settings;
        this.clock = clock;
    }

    /** Registers the entry and starts its follow-up; the code, e.g. RR-2026-0007. */
    public String register(Kind kind, String title, String description, String responsibleUnit, String registeredBy,
                           String agencyCode) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), VietnamTime.ZONE);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into motcua_risk (kind, title, description, responsible_unit, status, registered_by, registered_at,
                            agency_code)
                        values (:kind, :title, :description, :unit, 'ASSESSING', :by, :now, :agency)""")
                .param("kind", kind.name()).param("title", title).param("description", description).param("unit", responsibleUnit)
                .param("by", registeredBy).param("now", now.withOffsetSameInstant(ZoneOffset.UTC)).param("agency", agencyCode)
                .update(keys, "id");
        long id = Objects.requireNonNull(keys.getKey(), "no id generated").longValue();
        String code = String.format("%s-%d-%04d", kind.prefix, now.getYear(), id);
        Map<String, Object> variables = new HashMap<>();
        variables.put("riskCode", code);
        variables.put("riskKindLabel", kind.label());
        variables.put("riskTitle", title);
        variables.put("riskDescription", description == null ? "" : description);
        variables.put("responsibleUnit", responsibleUnit);
        if (agencyCode != null) {
            variables.put(DossierVariables.QMS_AGENCY, agencyCode);
        }
        // whoever may register an entry sets its follow-up going; the unit's tasks are the unit's, and so is the
        // reading of the process (its name and diagram in Tasklist), which the model names only as ${responsibleUnit}
        readers.grantRead(List.of(responsibleUnit), PROCESS_KEY);
        String instance = Privileged.call(engine, () -> engine.getRuntimeService()
                .startProcessInstanceByKey(PROCESS_KEY, code, variables).getId());
        jdbc.sql("update motcua_risk set code = :code, process_instance_id = :pid where id = :id")
                .param("code", code).param("pid", instance).param("id", id).update();
        return code;
    }

    /** Likelihood and impact from 1 to 5; their product is the level, which decides whether a plan is needed. */
    public void assessed(DelegateTask task) {
        int likelihood = score(task.getVariable("likelihood"), "Khả năng xảy ra");
        int impact = score(task.getVariable("impact"), "Mức độ ảnh hưởng");
        int level = likelihood * impact;
        task.getExecution().setVariable("riskLevel", (long) level);
        boolean needed = level >= settings.riskActionLevel();
        task.getExecution().setVariable("actionNeeded", needed);
        jdbc.sql("""
                        update motcua_risk set likelihood = :likelihood, impact = :impact, risk_level = :level,
                            assessment_note = :note, status = :status where code = :code""")
                .param("likelihood", likelihood).param("impact", impact).param("level", level)
                .param("note", text(task.getVariable("assessmentNote"))).param("status", needed ? "PLANNING" : "MONITORED")
                .param("code", task.getVariable("riskCode")).update();
    }

    public void planned(DelegateTask task) {
        String owner = ActionPlans.owner(engine, task.getVariable("actionOwner"), task.getTenantId());
        LocalDate deadline = ActionPlans.deadline(task.getVariable("actionDeadline"), clock, "thời hạn hoàn thành kế hoạch xử lý");
        task.setVariable("actionOwner", owner);
        jdbc.sql("""
                        update motcua_risk set action_plan = :plan, action_owner = :owner, action_deadline = :deadline,
                            status = 'TREATING' where code = :code""")
                .param("plan", text(task.getVariable("actionPlan"))).param("owner", owner).param("deadline", deadline)
                .param("code", task.getVariable("riskCode")).update();
    }

    public void implemented(DelegateTask task) {
        jdbc.sql("update motcua_risk set implementation = :report, status = 'MONITORED' where code = :code")
                .param("report", text(task.getVariable("implementationReport"))).param("code", task.getVariable("riskCode")).update();
    }

    /** When the entry is reviewed again: the configured months from now. */
    public Date nextReviewAt(DelegateExecution execution) {
        OffsetDateTime at = OffsetDateTime.ofInstant(clock.instant(), VietnamTime.ZONE).plusMonths(settings.riskReviewMonths());
        jdbc.sql("update motcua_risk set next_review_at = :at where code = :code")
                .param("at", at.withOffsetSameInstant(ZoneOffset.UTC)).param("code", execution.getVariable("riskCode")).update();
        return Date.from(at.toInstant());
    }

    /** Still relevant: assessed again (a plan, if any, is made anew); otherwise closed. */
    public void reviewed(DelegateTask task) {
        boolean relevant = Boolean.TRUE.equals(task.getVariable("stillRelevant"));
        jdbc.sql("update motcua_risk set review_note = :note, next_review_at = null, status = :status where code = :code")
                .param("note", text(task.getVariable("reviewNote"))).param("status", relevant ? "ASSESSING" : "MONITORED")
                .param("code", task.getVariable("riskCode")).update();
    }

    public void closed(DelegateExecution execution) {
        jdbc.sql("update motcua_risk set status = 'CLOSED', closed_at = :now where code = :code")
                .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).param("code", execution.getVariable("riskCode"))
                .update();
    }

    /** The register of the agencies given (null: every agency's) and the installation's: open entries, highest level first. */
    public List<Risk> register(Collection<String> agencies) {
        return AgencyRecords.bind(jdbc.sql("select * from motcua_risk where code is not null and "
                        + AgencyRecords.condition("agency_code", agencies) + """

                        order by case when status = 'CLOSED' then 1 else 0 end, coalesce(risk_level, 99) desc, registered_at"""),
                        agencies)
                .query((rs, n) -> {
                    Kind kind = Kind.valueOf(rs.getString("kind"));
                    String status = rs.getString("status");
                    return new Risk(rs.getString("code"), kind.name(), kind.label(), rs.getString("title"), rs.getString("description"),
                            rs.getString("responsible_unit"), status, STATUS.getOrDefault(status, status),
                            (Integer) rs.getObject("likelihood"), (Integer) rs.getObject("impact"), (Integer) rs.getObject("risk_level"),
                            rs.getString("action_owner"), rs.getObject("action_deadline", LocalDate.class),
                            local(rs.getObject("next_review_at", OffsetDateTime.class)),
                            local(rs.getObject("registered_at", OffsetDateTime.class)), rs.getString("agency_code"));
                }).list();
    }

    private static int score(Object value, String what) {
        if (!(value instanceof Number number) || number.longValue() < 1 || number.longValue() > 5) {
            throw new BadUserRequestException(what + " phải là một số từ 1 đến 5");
        }
        return number.intValue();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
