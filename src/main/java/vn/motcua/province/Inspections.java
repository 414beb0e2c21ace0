package vn.motcua.province;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.calendar.VietnamTime;
import vn.motcua.iso.nonconformity.Nonconformities;

/**
 * The Department of Science and Technology's yearly inspection of the agencies' QMS (Decision 19/2014/QĐ-TTg),
 * followed by {@code ProvinceInspectionProcess}: the plan (agencies on site or by documents, team, dates) approved by
 * the provincial leader; for each agency an inspector's step that opens with the evidence pack compiled from the
 * engine ({@link InspectionEvidence}) and records a finding on each {@link InspectionCheck}; each nonconforming
 * finding opens a nonconformity in the inspected agency's own QMS, whose corrective-action process starts there; the
 * report to the provincial People's Committee.
 */
@Service("inspections")
public class Inspections {

    public static final String PROCESS_KEY = "ProvinceInspectionProcess";
    static final String APPROVED = "APPROVED";
    static final String RETURNED = "RETURNED";
    static final String CONFORM = "CONFORM";
    static final String NONCONFORM = "NONCONFORM";
    private static final int MAX_TEXT = 4000;

    /** How an agency is inspected. */
    public enum Mode {
        ON_SITE("Kiểm tra trực tiếp tại cơ quan"),
        DOCUMENTS("Kiểm tra qua hồ sơ, báo cáo");

        private final String label;

        Mode(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Status {
        AWAITING_APPROVAL("Chờ lãnh đạo UBND tỉnh phê duyệt kế hoạch"),
        NOT_APPROVED("Kế hoạch không được phê duyệt"),
        INSPECTING("Đang kiểm tra"),
        REPORTED("Đã báo cáo UBND tỉnh");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** An agency of the plan (already checked). */
    public record PlannedAgency(String agencyCode, String agencyName, Mode mode) {
    }

    /** The plan as its author writes it (already checked). */
    public record Plan(int year, String team, LocalDate startsOn, LocalDate endsOn, List<PlannedAgency> agencies) {
    }

    /** One check of one agency: what the records show, whether that meets it, the inspector's finding. */
    public record Check(String id, String title, String evidence, Boolean metByEvidence, String finding, String note,
                        String nonconformityCode) {
    }

    public record InspectedAgency(String agencyCode, String agencyName, String mode, String modeLabel, String status,
                                  LocalDate periodFrom, LocalDate periodTo, String inspector, List<Check> checks) {
    }

    public record Inspection(String code, int year, String team, LocalDate startsOn, LocalDate endsOn, String status,
                             String statusLabel, String plannedBy, String approvedBy, String decisionNote, String conclusion,
                             String processInstanceId, List<InspectedAgency> agencies) {
    }

    private final JdbcClient jdbc;
    private final ProcessEngine engine;
    private final InspectionEvidence evidence;
    private final Nonconformities nonconformities;
    private final InspectionReportForm reportForm;
    private final Clock clock;

    Inspections(JdbcClient jdbc, @Lazy ProcessEngine engine, InspectionEvidence evidence, Nonconformities nonconformities,
                InspectionReportForm reportForm, Clock clock) {
        this.jdbc = jdbc;
        this.engine = engine;
        this.evidence = evidence;
        this.nonconformities = nonconformities;
        this.reportForm = reportForm;
        this.clock = clock;
    }

    /** Records the plan, awaiting approval; its code KT-ISO-YYYY-N, the business key of its process. */
    @Transactional
    public String plan(Plan plan, String by) {
        long n = jdbc.sql("select count(*) from motcua_inspection where inspection_year = ?").param(plan.year())
                .query(Long.class).single() + 1;
        String code = "KT-ISO-" + plan.year() + "-" + n;
        jdbc.sql("""
                        insert into motcua_inspection (code, inspection_year, team, starts_on, ends_on, status, planned_by, planned_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(code, plan.year(), plan.team(), plan.startsOn(), plan.endsOn(), Status.AWAITING_APPROVAL.name(), by, now())
                .update();
        for (PlannedAgency agency : plan.agencies()) {
            jdbc.sql("""
                            insert into motcua_inspection_agency (inspection_code, agency_code, agency_name, mode, status)
                            values (?, ?, ?, ?, 'PLANNED')""")
                    .params(code, agency.agencyCode(), agency.agencyName(), agency.mode().name()).update();
        }
        return code;
    }

    /** Start listener: the process follows a plan recorded by {@link #plan} and not yet followed. */
    public void started(DelegateExecution execution) {
        Object code = execution.getVariable("inspectionCode");
        int linked = code == null ? 0 : jdbc.sql("""
                        update motcua_inspection set process_instance_id = ? where code = ? and process_instance_id is null
                        and status = 'AWAITING_APPROVAL'""")
                .params(execution.getProcessInstanceId(), code.toString()).update();
        if (linked == 0) {
            throw new BadUserRequestException("inspectionCode: lập kế hoạch kiểm tra qua POST /api/province/inspections");
        }
        execution.setProcessBusinessKey(code.toString());
        execution.setVariable("inspectionPlan", "/api/province/inspections/" + code);
    }

    /** Task listener of the leader's approval: the agencies to inspect, or the plan not approved with a reason. */
    public void planDecided(DelegateTask task) {
        Object decision = task.getVariable("planDecision");
        String note = text(task.getVariable("planNote"));
        String code = code(task);
        if (APPROVED.equals(decision)) {
            jdbc.sql("update motcua_inspection set status = ?, approved_by = ?, decision_note = ? where code = ?")
                    .params(Status.INSPECTING.name(), user(task), note, code).update();
            task.getExecution().setVariable("inspectedAgencies", new ArrayList<>(jdbc.sql(
                    "select agency_code from motcua_inspection_agency where inspection_code = ? order by agency_code")
                    .param(code).query(String.class).list()));
        } else if (RETURNED.equals(decision)) {
            if (note == null) {
                throw new BadUserRequestException("planNote: ghi lý do không phê duyệt kế hoạch");
            }
            jdbc.sql("update motcua_inspection set status = ?, decision_note = ? where code = ?")
                    .params(Status.NOT_APPROVED.name(), note, code).update();
        } else {
            throw new BadUserRequestException("planDecision: APPROVED (phê duyệt) hoặc RETURNED (không phê duyệt)");
        }
    }

    /**
     * Create listener of an agency's inspection step: the evidence pack over the twelve months before today, kept
     * with the inspection and shown on the step (task-local variables, one per check).
     */
    public void compileEvidence(DelegateTask task) {
        String code = code(task);
        String agency = String.valueOf(task.getVariable("inspectedAgency"));
        LocalDate to = today().minusDays(1);
        LocalDate from = to.minusYears(1).plusDays(1);
        Map<InspectionCheck, InspectionEvidence.Evidence> pack = evidence.compile(agency, from, to);
        jdbc.sql("""
                        update motcua_inspection_agency set period_from = ?, period_to = ?, task_id = ?
                        where inspection_code = ? and agency_code = ?""")
                .params(from, to, task.getId(), code, agency).update();
        jdbc.sql("delete from motcua_inspection_check where inspection_code = ? and agency_code = ?").params(code, agency).update();
        for (InspectionEvidence.Evidence item : pack.values()) {
            String text = item.text().length() > MAX_TEXT ? item.text().substring(0, MAX_TEXT - 1) + "…" : item.text();
            jdbc.sql("""
                            insert into motcua_inspection_check (inspection_code, agency_code, check_id, evidence, met_by_evidence)
                            values (?, ?, ?, ?, ?)""")
                    .params(code, agency, item.check().name(), text, item.met()).update();
            task.setVariableLocal("evidence_" + item.check().field(), (item.met() == null ? "" : item.met() ? "[Đạt] " : "[Chưa đạt] ")
                    + text);
        }
        String name = jdbc.sql("select agency_name from motcua_inspection_agency where inspection_code = ? and agency_code = ?")
                .params(code, agency).query(String.class).single();
        task.setVariableLocal("inspectedAgencyName", name);
        task.setVariableLocal("evidencePeriod", "từ " + VietnamTime.DAY.format(from) + " đến " + VietnamTime.DAY.format(to));
    }

    /**
     * Complete listener of an agency's inspection step: a finding on every check ({@code finding_<field>} CONFORM or
     * NONCONFORM, {@code note_<field>}); each nonconforming one opens a nonconformity in the agency's QMS.
     */
    public void inspected(DelegateTask task) {
        String code = code(task);
        // the agency this step was opened for, by the task: the inspectedAgency variable could be overwritten by the
        // completing caller to record findings, and open nonconformities, in another agency
        String agency = jdbc.sql("select agency_code from motcua_inspection_agency where inspection_code = ? and task_id = ?")
                .params(code, task.getId()).query(String.class).single();
        Map<InspectionCheck, String> findings = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (InspectionCheck check : InspectionCheck.values()) {
            Object finding = task.getVariable("finding_" + check.field());
            if (CONFORM.equals(finding) || NONCONFORM.equals(finding)) {
                findings.put(check, finding.toString());
            } else {
                missing.add("finding_" + check.field());
            }
        }
        if (!missing.isEmpty()) {
            throw new BadUserRequestException(String.join(", ", missing) + ": ghi kết quả từng nội dung kiểm tra (CONFORM: đạt, "
                    + "NONCONFORM: không đạt)");
        }
        String inspector = user(task);
        int year = jdbc.sql("select inspection_year from motcua_inspection where code = ?").param(code).query(Integer.class).single();
        for (Map.Entry<InspectionCheck, String> entry : findings.entrySet()) {
            InspectionCheck check = entry.getKey();
            String note = text(task.getVariable("note_" + check.field()));
            String nonconformity = null;
            if (NONCONFORM.equals(entry.getValue())) {
                nonconformity = nonconformities.open(new Nonconformities.NewNonconformity(
                        "INSPECTION:" + code + ":" + agency + ":" + check.name(), Nonconformities.Source.INSPECTION, agency, null,
                        null, "Kiểm tra việc áp dụng Hệ thống quản lý chất lượng năm " + year + " (" + code + "): " + check.title()
                        + (note == null ? "" : ". " + note), inspector));
            }
            jdbc.sql("""
                            update motcua_inspection_check set finding = ?, note = ?, nonconformity_code = coalesce(?, nonconformity_code)
                            where inspection_code = ? and agency_code = ? and check_id = ?""")
                    .params(entry.getValue(), note, nonconformity, code, agency, check.name()).update();
            // the next agency's step starts from blank findings
            task.getExecution().removeVariable("finding_" + check.field());
            task.getExecution().removeVariable("note_" + check.field());
        }
        jdbc.sql("""
                        update motcua_inspection_agency set status = 'INSPECTED', inspector = ?, inspected_at = ?
                        where inspection_code = ? and agency_code = ?""")
                .params(inspector, now(), code, agency).update();
    }

    /** Complete listener of the report step: the conclusion, and the report as printed, kept. */
    public void reported(DelegateTask task) {
        String conclusion = text(task.getVariable("inspectionConclusion"));
        if (conclusion == null) {
            throw new BadUserRequestException("inspectionConclusion: ghi kết luận của đoàn kiểm tra");
        }
        String code = code(task);
        jdbc.sql("update motcua_inspection set conclusion = ?, status = ?, reported_at = ? where code = ?")
                .params(conclusion, Status.REPORTED.name(), now(), code).update();
        byte[] pdf = reportForm.pdf(find(code).orElseThrow(), today());
        jdbc.sql("update motcua_inspection set report_pdf = ? where code = ?").params(pdf, code).update();
    }

    public List<Inspection> inspections() {
        return jdbc.sql("select code from motcua_inspection order by inspection_year desc, planned_at desc")
                .query(String.class).list().stream().map(this::find).flatMap(Optional::stream).toList();
    }

    public Optional<Inspection> find(String code) {
        Map<String, List<Check>> checks = new LinkedHashMap<>();
        jdbc.sql("select * from motcua_inspection_check where inspection_code = ?").param(code).query((rs, n) -> {
            InspectionCheck check = InspectionCheck.valueOf(rs.getString("check_id"));
            checks.computeIfAbsent(rs.getString("agency_code"), k -> new ArrayList<>()).add(new Check(check.name(), check.title(),
                    rs.getString("evidence"), (Boolean) rs.getObject("met_by_evidence"), rs.getString("finding"), rs.getString("note"),
                    rs.getString("nonconformity_code")));
            return null;
        }).list();
        checks.values().forEach(list -> list.sort(java.util.Comparator.comparing(c -> InspectionCheck.valueOf(c.id()))));
        List<InspectedAgency> agencies = jdbc.sql("select * from motcua_inspection_agency where inspection_code = ? order by agency_code")
                .param(code).query((rs, n) -> {
                    Mode mode = Mode.valueOf(rs.getString("mode"));
                    return new InspectedAgency(rs.getString("agency_code"), rs.getString("agency_name"), mode.name(), mode.label(),
                            rs.getString("status"), rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
                            rs.getString("inspector"), checks.getOrDefault(rs.getString("agency_code"), List.of()));
                }).list();
        return jdbc.sql("select * from motcua_inspection where code = ?").param(code).query((rs, n) -> {
            Status status = Status.valueOf(rs.getString("status"));
            return new Inspection(rs.getString("code"), rs.getInt("inspection_year"), rs.getString("team"),
                    rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class), status.name(), status.label(),
                    rs.getString("planned_by"), rs.getString("approved_by"), rs.getString("decision_note"), rs.getString("conclusion"),
                    rs.getString("process_instance_id"), agencies);
        }).optional();
    }

    /** The report as sent, once reported. */
    public Optional<byte[]> reportPdf(String code) {
        return jdbc.sql("select report_pdf from motcua_inspection where code = ? and report_pdf is not null").param(code)
                .query(byte[].class).optional();
    }

    private static String text(Object value) {
        String text = value == null ? "" : value.toString().trim();
        if (text.length() > MAX_TEXT) {
            throw new BadUserRequestException("tối đa " + MAX_TEXT + " ký tự mỗi nội dung");
        }
        return text.isEmpty() ? null : text;
    }

    /**
     * The inspection the task belongs to, by its process instance: never by the {@code inspectionCode} variable, which
     * a caller completing the task could overwrite to decide, or record findings in, another inspection.
     */
    private String code(DelegateTask task) {
        return jdbc.sql("select code from motcua_inspection where process_instance_id = ?")
                .param(task.getProcessInstanceId()).query(String.class).single();
    }

    private String user(DelegateTask task) {
        var authentication = engine.getIdentityService().getCurrentAuthentication();
        return authentication == null ? task.getAssignee() : authentication.getUserId();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(VietnamTime.ZONE));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
