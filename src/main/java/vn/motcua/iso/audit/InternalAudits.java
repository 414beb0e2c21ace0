package vn.motcua.iso.audit;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.motcua.calendar.VietnamTime;
import vn.motcua.engine.Privileged;
import vn.motcua.engine.Role;
import vn.motcua.iso.AgencyRecords;
import vn.motcua.iso.QmsForms;
import vn.motcua.iso.nonconformity.Nonconformities;
import vn.motcua.measurement.OnTimeReport;
import vn.motcua.measurement.ReportRow;
import vn.motcua.organisation.Organisation;

/**
 * Internal audits (đánh giá nội bộ, ISO 9001:2015, 9.2) run by {@code InternalAuditProcess} and
 * {@code DepartmentAuditProcess}: the yearly programme, one audit per department, and the rule that an
 * auditor is a trained internal auditor and never a member of the department audited, checked when the
 * auditor is assigned and again by whoever completes the audit. Each audit task shows the department's
 * objective evidence from the measurements.
 */
@Service("internalAudits")
public class InternalAudits {

    public static final String PROCESS_KEY = "InternalAuditProcess";

    /** An audit programme and its department audits; the agency whose QMS it audits (null: the installation's). */
    public record Programme(String code, int year, String status, String processInstanceId, List<Audit> audits,
                            String agencyCode) {
    }

    public record Audit(String department, String status, String auditor, BigDecimal onTimeRate, Integer lateSteps,
                        Integer openNonconformities, String findings, String nonconformityCode) {
    }

    private final JdbcClient jdbc;
    private final ProcessEngine engine;
    private final OnTimeReport report;
    private final Nonconformities nonconformities;
    private final Clock clock;
    private final Organisation organisation;

    InternalAudits(JdbcClient jdbc, @Lazy ProcessEngine engine, OnTimeReport report, Nonconformities nonconformities,
                   Clock clock, Organisation organisation) {
        this.organisation = organisation;
        this.jdbc = jdbc;
        this.engine = engine;
        this.report = report;
        this.nonconformities = nonconformities;
        this.clock = clock;
    }

    /**
     * Start listener: the programme's year (this year unless given) and code, also the business key: DGNB-YYYY-agency
     * for an agency's (the instance's tenant), whatever business key a client gave, so that nobody takes another
     * agency's code; for the installation's the business key given, else DGNB-YYYY. One programme per code (400).
     */
    public void programmeStarted(DelegateExecution execution) {
        long year = execution.getVariable("auditYear") instanceof Number given ? given.longValue()
                : LocalDate.now(clock.withZone(VietnamTime.ZONE)).getYear();
        String agency = execution.getTenantId();
        String code = agency != null ? code((int) year, agency)
                : execution.getProcessBusinessKey() != null ? execution.getProcessBusinessKey() : code((int) year, null);
        if (!code.equals(execution.getProcessBusinessKey())) {
            execution.setProcessBusinessKey(code);
        }
        if (exists(code)) {
            throw new BadUserRequestException("Chương trình đánh giá nội bộ " + code + " đã có");
        }
        execution.setVariable("auditYear", year);
        execution.setVariable("programmeCode", code);
        jdbc.sql("""
                        insert into motcua_audit_programme (code, audit_year, process_instance_id, status, started_at, agency_code)
                        values (:code, :year, :pid, 'PLANNING', :now, :agency)""")
                .param("code", code).param("year", year).param("pid", execution.getProcessInstanceId()).param("now", now())
                .param("agency", execution.getTenantId()).update();
    }

    /**
     * The plan's default: the departments the plan may name (every group of type department; of an agency's
     * programme, the agency's and those the organisation does not place).
     */
    public String departmentsOf(DelegateExecution execution) {
        return String.join(",", departments(execution.getTenantId()).keySet());
    }

    /**
     * Completion of the plan: every department named must exist and, for an agency's programme, be one of the agency's
     * (or a group the organisation does not place); the audits are recorded.
     */
    public void planned(DelegateTask task) {
        String agency = task.getTenantId();
        Map<String, String> known = departments(agency);
        Set<String> chosen = new LinkedHashSet<>();
        Object text = task.getVariable("auditedDepartmentsText");
        for (String id : String.valueOf(text == null ? "" : text).split("[,;\\s]+")) {
            if (!id.isBlank()) {
                if (!known.containsKey(id.trim())) {
                    throw new BadUserRequestException("\"" + id.trim() + "\" không phải mã phòng của cơ quan"
                            + (agency == null ? "" : " " + agency));
                }
                chosen.add(id.trim());
            }
        }
        if (chosen.isEmpty()) {
            throw new BadUserRequestException("Kế hoạch đánh giá phải có ít nhất một phòng");
        }
        task.getExecution().setVariable("auditedDepartments", new ArrayList<>(chosen));
        String code = (String) task.getVariable("programmeCode");
        jdbc.sql("update motcua_audit_programme set status = 'AUDITING', criteria = :criteria where code = :code")
                .param("criteria", String.valueOf(task.getVariable("auditCriteria"))).param("code", code).update();
        for (String department : chosen) {
            jdbc.sql("insert into motcua_internal_audit (programme_code, department, status) values (:code, :department, 'PLANNED')")
                    .param("code", code).param("department", department).update();
        }
    }

    /** Create listener of the assignment: the department's name for the form. */
    public void describe(DelegateTask task) {
        String department = (String) task.getVariable("auditedDepartment");
        task.getExecution().setVariable("auditedDepartmentName", departments().getOrDefault(department, department));
    }

    /** The auditor must be a trained internal auditor, and not of the department audited. */
    public void auditorAssigned(DelegateTask task) {
        String auditor = task.getVariable("auditor") instanceof String text ? text.trim() : "";
        String department = (String) task.getVariable("auditedDepartment");
        checkAuditor(auditor, department);
        task.getExecution().setVariable("auditor", auditor);
        jdbc.sql("update motcua_internal_audit set auditor = :auditor, status = 'ASSIGNED' where programme_code = :code and department = :department")
                .param("auditor", auditor).param("code", task.getVariable("programmeCode")).param("department", department).update();
    }

    /**
     * Create listener of the audit: the department's objective evidence over the last twelve months
     * (on-time rate, late steps) and its open nonconformities.
     */
    public void evidence(DelegateTask task) {
        String department = (String) task.getVariable("auditedDepartment");
        LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
        List<ReportRow> rows = report.report(today.minusMonths(12).plusDays(1), today, null, department, null, null);
        ReportRow row = rows.isEmpty() ? null : rows.get(0);
        BigDecimal rate = row == null ? null : row.onTimeRate();
        long lateSteps = row == null ? 0 : row.stepsLate();
        long open = nonconformities.countOpen(department);
        DelegateExecution execution = task.getExecution();
        execution.setVariable("evidenceOnTimeRate", rate == null ? "Chưa có hồ sơ giải quyết"
                : QmsForms.percent(rate));
        execution.setVariable("evidenceLateSteps", lateSteps);
        execution.setVariable("evidenceOpenNonconformities", open);
        jdbc.sql("""
                        update motcua_internal_audit set on_time_rate = :rate, late_steps = :late, open_nonconformities = :open
                        where programme_code = :code and department = :department""")
                .param("rate", rate).param("late", lateSteps).param("open", open)
                .param("code", task.getVariable("programmeCode")).param("department", department).update();
    }

    /** Whoever completes the audit must be allowed to audit this department; a nonconformity found is opened. */
    public void audited(DelegateTask task) {
        String department = (String) task.getVariable("auditedDepartment");
        var authentication = engine.getIdentityService().getCurrentAuthentication();
        String completer = authentication != null ? authentication.getUserId() : task.getAssignee();
        checkAuditor(completer, department);
        String ncCode = null;
        if (Boolean.TRUE.equals(task.getVariable("nonconformityFound"))) {
            Object described = task.getVariable("nonconformityDescription");
            String description = described == null || described.toString().isBlank() ? String.valueOf(task.getVariable("findings"))
                    : described.toString();
            ncCode = nonconformities.open(new Nonconformities.NewNonconformity(
                    "AUDIT|" + task.getVariable("programmeCode") + "|" + department, Nonconformities.Source.INTERNAL_AUDIT,
                    task.getTenantId(), department, null, "Đánh giá nội bộ " + task.getVariable("programmeCode") + ": " + description, completer));
        }
        jdbc.sql("""
                        update motcua_internal_audit set status = 'AUDITED', auditor = :auditor, findings = :findings,
                            nonconformity_code = :nc, audited_at = :now where programme_code = :code and department = :department""")
                .param("auditor", completer).param("findings", String.valueOf(task.getVariable("findings"))).param("nc", ncCode)
                .param("now", now()).param("code", task.getVariable("programmeCode")).param("department", department).update();
    }

    /** Create listener of the report: its summary, one line per department audited. */
    public void summarize(DelegateTask task) {
        StringBuilder text = new StringBuilder();
        for (Audit audit : audits((String) task.getVariable("programmeCode"))) {
            text.append("- ").append(audit.department()).append(" (chuyên gia ").append(audit.auditor()).append("): ")
                    .append(audit.findings()).append(audit.nonconformityCode() == null ? "" : " [" + audit.nonconformityCode() + "]")
                    .append('\n');
        }
        task.getExecution().setVariable("auditSummary", text.toString());
    }

    public void reported(DelegateTask task) {
        jdbc.sql("update motcua_audit_programme set status = 'REPORTED', conclusion = :conclusion, reported_at = :now where code = :code")
                .param("conclusion", String.valueOf(task.getVariable("auditReportConclusion"))).param("now", now())
                .param("code", task.getVariable("programmeCode")).update();
    }

    /** The programmes of the agencies given (null: every agency's) and the installation's, newest first. */
    public List<Programme> programmes(Collection<String> agencies) {
        return AgencyRecords.bind(jdbc.sql("select * from motcua_audit_programme where "
                        + AgencyRecords.condition("agency_code", agencies) + " order by audit_year desc, started_at desc"), agencies)
                .query((rs, n) -> new Programme(rs.getString("code"), rs.getInt("audit_year"), rs.getString("status"),
                        rs.getString("process_instance_id"), List.of(), rs.getString("agency_code")))
                .list().stream()
                .map(p -> new Programme(p.code(), p.year(), p.status(), p.processInstanceId(), audits(p.code()), p.agencyCode()))
                .toList();
    }

    /** The code of an agency's programme of a year (null: the installation's). */
    public static String code(int year, String agencyCode) {
        return "DGNB-" + year + (agencyCode == null ? "" : "-" + agencyCode);
    }

    public boolean exists(String code) {
        return agencyOf(code).isPresent();
    }

    /** The agency of the programme (an empty string for the installation's), empty when there is no such programme. */
    public Optional<String> agencyOf(String code) {
        return jdbc.sql("select coalesce(agency_code, '') from motcua_audit_programme where code = :code").param("code", code)
                .query(String.class).optional();
    }

    private List<Audit> audits(String programme) {
        return jdbc.sql("select * from motcua_internal_audit where programme_code = :code order by department")
                .param("code", programme)
                .query((rs, n) -> new Audit(rs.getString("department"), rs.getString("status"), rs.getString("auditor"),
                        rs.getBigDecimal("on_time_rate"), (Integer) rs.getObject("late_steps"),
                        (Integer) rs.getObject("open_nonconformities"), rs.getString("findings"), rs.getString("nonconformity_code")))
                .list();
    }

    private void checkAuditor(String user, String department) {
        if (user == null || user.isBlank() || !isMember(user, Role.INTERNAL_AUDITOR.groupId())) {
            throw new BadUserRequestException("\"" + user + "\" không phải chuyên gia đánh giá nội bộ đã được đào tạo");
        }
        if (isMember(user, department)) {
            throw new BadUserRequestException("Chuyên gia đánh giá \"" + user + "\" thuộc phòng " + department
                    + ": không được đánh giá phòng của mình (ISO 9001:2015, 9.2.2 c)");
        }
    }

    private boolean isMember(String user, String group) {
        return Privileged.call(engine, () -> engine.getIdentityService().createUserQuery().userId(user).memberOfGroup(group)
                .count()) > 0;
    }

    private Map<String, String> departments() {
        return departments(null);
    }

    /** The department groups by id; with an agency, those of its units and those the organisation does not place. */
    private Map<String, String> departments(String agency) {
        Map<String, String> byId = new java.util.TreeMap<>();
        for (Group group : Privileged.call(engine, () -> engine.getIdentityService().createGroupQuery()
                .groupType(Role.DEPARTMENT_GROUP_TYPE).list())) {
            byId.put(group.getId(), group.getName());
        }
        if (agency != null) {
            byId.keySet().removeIf(group -> organisation.unitOfGroup(group).flatMap(unit -> organisation.agencyOf(unit.code()))
                    .filter(owner -> !owner.code().equals(agency)).isPresent());
        }
        return byId;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
