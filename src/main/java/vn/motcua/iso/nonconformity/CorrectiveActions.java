package vn.motcua.iso.nonconformity;

import static vn.motcua.calendar.VietnamTime.local;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.calendar.CalendarService;
import vn.motcua.calendar.VietnamTime;
import vn.motcua.iso.ActionPlans;
import vn.motcua.iso.AgencyRecords;
import vn.motcua.iso.QmsSettings;

/**
 * Corrective actions (hành động khắc phục, ISO 9001:2015, 10.2), one per nonconformity that needs one,
 * run by {@code CorrectiveActionProcess}: its listeners keep the record (root cause, plan, owner,
 * deadline, implementation, effectiveness, round) so that overdue actions can be listed without
 * reading engine variables, and validate the plan before it goes for approval.
 */
@Repository("correctiveActions")
public class CorrectiveActions {

    public static final String PROCESS_KEY = "CorrectiveActionProcess";

    /** A corrective action as listed. */
    public record CorrectiveAction(String nonconformityCode, String agencyCode, String responsibleUnit, String status,
                                   int round, String actionOwner, LocalDate actionDeadline, OffsetDateTime openedAt,
                                   OffsetDateTime closedAt, boolean overdue) {
    }

    /** The statuses as people read them. */
    public static final Map<String, String> STATUS = Map.of("ROOT_CAUSE", "Phân tích nguyên nhân", "PLANNED",
            "Đang thực hiện kế hoạch", "IMPLEMENTED", "Chờ đánh giá hiệu lực", "REOPENED", "Mở lại (chưa hiệu lực)",
            "CLOSED", "Đã đóng");

    private final JdbcClient jdbc;
    private final ProcessEngine engine;
    private final CalendarService calendar;
    private final QmsSettings settings;
    private final Clock clock;

    CorrectiveActions(JdbcClient jdbc, @Lazy ProcessEngine engine, CalendarService calendar, QmsSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.engine = engine;
        this.calendar = calendar;
        this.settings = settings;
        this.clock = clock;
    }

    /** Start listener: the action's record, at round 1. */
    public void opened(DelegateExecution execution) {
        jdbc.sql("""
                        insert into motcua_corrective_action (nonconformity_code, agency_code, responsible_unit,
                            process_instance_id, status, round, opened_at)
                        values (:code, :agency, :unit, :pid, 'ROOT_CAUSE', 1, :now)""")
                .param("code", execution.getVariable("nonconformityCode"))
                .param("agency", execution.getVariable("agencyCode"))
                .param("unit", execution.getVariable("responsibleUnit"))
                .param("pid", execution.getProcessInstanceId()).param("now", now()).update();
    }

    /**
     * Completion of the plan: the owner must be a user of the system and the deadline a day from today
     * on; otherwise the task stays open with a message saying what to fix.
     */
    public void planned(DelegateTask task) {
        String owner = ActionPlans.owner(engine, task.getVariable("actionOwner"), task.getTenantId());
        LocalDate day = ActionPlans.deadline(task.getVariable("actionDeadline"), clock,
                "thời hạn hoàn thành hành động khắc phục");
        task.setVariable("actionOwner", owner);
        jdbc.sql("""
                        update motcua_corrective_action set root_cause = :cause, action_plan = :plan, action_owner = :owner,
                            action_deadline = :deadline, status = 'PLANNED' where nonconformity_code = :code""")
                .param("cause", text(task.getVariable("rootCause"))).param("plan", text(task.getVariable("actionPlan")))
                .param("owner", owner).param("deadline", day).param("code", task.getVariable("nonconformityCode")).update();
    }

    public void implemented(DelegateTask task) {
        jdbc.sql("""
                        update motcua_corrective_action set implementation = :report, implemented_at = :now,
                            status = 'IMPLEMENTED' where nonconformity_code = :code""")
                .param("report", text(task.getVariable("implementationReport"))).param("now", now())
                .param("code", task.getVariable("nonconformityCode")).update();
    }

    /** When the effectiveness is checked: the configured working days after the implementation. */
    public Date effectivenessCheckAt(DelegateExecution execution) {
        String agency = execution.getVariable("agencyCode") instanceof String code ? code : null;
        return Date.from(calendar.stepDeadline(clock.instant().atZone(VietnamTime.ZONE), settings.effectivenessCheckWorkingDays(), agency, null)
                .dueAt().toInstant());
    }

    public void verified(DelegateTask task) {
        jdbc.sql("update motcua_corrective_action set effectiveness_note = :note where nonconformity_code = :code")
                .param("note", text(task.getVariable("effectivenessNote")))
                .param("code", task.getVariable("nonconformityCode")).update();
    }

    /** Not effective: back to the root cause, one round more; the last plan's approval no longer holds. */
    public void reopened(DelegateExecution execution) {
        execution.setVariable("planApproved", false);
        execution.setVariable("effective", false);
        jdbc.sql("update motcua_corrective_action set status = 'REOPENED', round = round + 1 where nonconformity_code = :code")
                .param("code", execution.getVariable("nonconformityCode")).update();
    }

    public void closed(DelegateExecution execution) {
        jdbc.sql("update motcua_corrective_action set status = 'CLOSED', closed_at = :now where nonconformity_code = :code")
                .param("now", now()).param("code", execution.getVariable("nonconformityCode")).update();
    }

    /** Corrective actions not closed, those past their plan's deadline first. */
    public List<CorrectiveAction> open() {
        return open(null);
    }

    /** The open corrective actions of the agencies given (null: every agency's) and the installation's. */
    public List<CorrectiveAction> open(Collection<String> agencies) {
        LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
        return AgencyRecords.bind(jdbc.sql("select * from motcua_corrective_action where status <> 'CLOSED' and "
                        + AgencyRecords.condition("agency_code", agencies) + " order by action_deadline, opened_at"), agencies)
                .query((rs, n) -> {
                    java.sql.Date deadline = rs.getDate("action_deadline");
                    LocalDate due = deadline == null ? null : deadline.toLocalDate();
                    return new CorrectiveAction(rs.getString("nonconformity_code"), rs.getString("agency_code"),
                            rs.getString("responsible_unit"), rs.getString("status"), rs.getInt("round"),
                            rs.getString("action_owner"), due, local(rs.getObject("opened_at", OffsetDateTime.class)),
                            local(rs.getObject("closed_at", OffsetDateTime.class)),
                            due != null && due.isBefore(today) && !"IMPLEMENTED".equals(rs.getString("status")));
                }).list();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
