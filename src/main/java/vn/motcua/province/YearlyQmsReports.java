package vn.motcua.province;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.motcua.calendar.VietnamTime;

/**
 * An agency's yearly report on its QMS to the province's Department of Science and Technology (Decision
 * 19/2014/QĐ-TTg), followed by {@code YearlyQmsReportProcess}: the ISO secretary completes the report compiled from
 * the engine's records ({@link YearlyReportContents}) with the agency's difficulties and proposals, the agency's
 * leader signs it off or returns it with a reason, and once signed it is submitted: the PDF is kept as signed and
 * the Department reads it.
 */
@Service("yearlyQmsReports")
public class YearlyQmsReports {

    public static final String PROCESS_KEY = "YearlyQmsReportProcess";
    /** The leader's decisions ({@code reportDecision}). */
    static final String SIGNED = "SIGNED";
    static final String RETURNED = "RETURNED";
    /** The texts the agency types, as long as the database keeps them. */
    static final int MAX_TEXT = 4000;

    /** The steps of a report. */
    public enum Status {
        PREPARING("Thư ký ISO đang hoàn thiện"),
        SIGNING("Chờ lãnh đạo ký duyệt"),
        SUBMITTED("Đã gửi Sở Khoa học và Công nghệ");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A report as listed. */
    public record Report(String code, String agencyCode, int year, String status, String statusLabel, String difficulties,
                         String proposals, String returnReason, String preparedBy, String signedBy, OffsetDateTime startedAt,
                         OffsetDateTime submittedAt, String processInstanceId) {
    }

    private final JdbcClient jdbc;
    private final ProcessEngine engine;
    private final YearlyReportContents contents;
    private final Clock clock;

    YearlyQmsReports(JdbcClient jdbc, @Lazy ProcessEngine engine, YearlyReportContents contents, Clock clock) {
        this.jdbc = jdbc;
        this.engine = engine;
        this.contents = contents;
        this.clock = clock;
    }

    /**
     * Start listener: the year and agency the report is for (variables {@code reportYear}, {@code reportAgency}, as the
     * API or a start form gave them), one report a year per agency; the code BCISO-YYYY-N is also the business key.
     */
    public void started(DelegateExecution execution) {
        Object year = execution.getVariable("reportYear");
        Object agency = execution.getVariable("reportAgency");
        if (!(year instanceof Number number) || number.intValue() < 2000 || number.intValue() > today().getYear()) {
            throw new BadUserRequestException("reportYear: năm báo cáo phải là một năm từ 2000 đến năm nay");
        }
        if (!(agency instanceof String code) || code.isBlank() || code.length() > 64) {
            throw new BadUserRequestException("reportAgency: ghi mã cơ quan báo cáo (tối đa 64 ký tự)");
        }
        int reportYear = number.intValue();
        Optional<Report> existing = find(reportYear, code);
        if (existing.isPresent()) {
            throw new BadUserRequestException("Cơ quan " + code + " đã có báo cáo năm " + reportYear + ": "
                    + existing.get().code());
        }
        long n = jdbc.sql("select count(*) from motcua_qms_yearly_report where report_year = ?").param(reportYear)
                .query(Long.class).single() + 1;
        String reportCode = "BCISO-" + reportYear + "-" + n;
        jdbc.sql("""
                        insert into motcua_qms_yearly_report (code, agency_code, report_year, status, process_instance_id, started_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(reportCode, code, reportYear, Status.PREPARING.name(), execution.getProcessInstanceId(), now())
                .update();
        execution.setProcessBusinessKey(reportCode);
        execution.setVariable("reportCode", reportCode);
        execution.setVariable("reportDocument", "/api/quality/yearly-reports/" + reportCode + "/report.pdf");
    }

    /** Task listener of the secretary's step: the agency's own texts kept; the leader decides afresh. */
    public void prepared(DelegateTask task) {
        String difficulties = text(task, "difficulties");
        String proposals = text(task, "proposals");
        jdbc.sql("update motcua_qms_yearly_report set status = ?, difficulties = ?, proposals = ?, prepared_by = ? where code = ?")
                .params(Status.SIGNING.name(), difficulties, proposals, user(task), code(task)).update();
        // an earlier round's decision, or one a caller slipped in, never stands for the leader's
        task.getExecution().removeVariable("reportDecision");
        task.getExecution().removeVariable("returnReason");
    }

    /**
     * Task listener of the leader's step: signed off (the report as of now is kept as the signed PDF and submitted), or
     * returned to the secretary with a reason.
     */
    public void decided(DelegateTask task) {
        Object decision = task.getVariable("reportDecision");
        if (!SIGNED.equals(decision) && !RETURNED.equals(decision)) {
            throw new BadUserRequestException("reportDecision: SIGNED (ký duyệt và gửi) hoặc RETURNED (trả lại Thư ký ISO)");
        }
        String code = code(task);
        if (SIGNED.equals(decision)) {
            jdbc.sql("update motcua_qms_yearly_report set signed_by = ?, return_reason = null where code = ?")
                    .params(user(task), code).update();
            Report report = find(code).orElseThrow();
            byte[] pdf = contents.pdf(report);
            jdbc.sql("update motcua_qms_yearly_report set status = ?, submitted_at = ?, report_pdf = ? where code = ?")
                    .params(Status.SUBMITTED.name(), now(), pdf, code).update();
        } else {
            String reason = text(task, "returnReason");
            if (reason == null) {
                throw new BadUserRequestException("returnReason: ghi lý do trả lại báo cáo");
            }
            jdbc.sql("update motcua_qms_yearly_report set status = ?, return_reason = ? where code = ?")
                    .params(Status.PREPARING.name(), reason, code).update();
        }
    }

    /** Every report, the newest first; only the submitted ones when {@code submittedOnly}. */
    public List<Report> reports(boolean submittedOnly) {
        return reports(submittedOnly, "");
    }

    private List<Report> reports(boolean submittedOnly, String condition, Object... values) {
        return jdbc.sql("select * from motcua_qms_yearly_report where 1 = 1" + (submittedOnly ? " and status = 'SUBMITTED'" : "")
                        + condition + " order by report_year desc, agency_code, code")
                .params(values)
                .query((rs, n) -> {
                    Status status = Status.valueOf(rs.getString("status"));
                    return new Report(rs.getString("code"), rs.getString("agency_code"), rs.getInt("report_year"), status.name(),
                            status.label(), rs.getString("difficulties"), rs.getString("proposals"), rs.getString("return_reason"),
                            rs.getString("prepared_by"), rs.getString("signed_by"),
                            VietnamTime.local(rs.getObject("started_at", OffsetDateTime.class)),
                            VietnamTime.local(rs.getObject("submitted_at", OffsetDateTime.class)), rs.getString("process_instance_id"));
                })
                .list();
    }

    public Optional<Report> find(String code) {
        return reports(false, " and code = ?", code).stream().findFirst();
    }

    public Optional<Report> find(int year, String agencyCode) {
        return reports(false, " and report_year = ? and agency_code = ?", year, agencyCode).stream().findFirst();
    }

    /** The report as signed once submitted; until then, as it would read if signed now (a draft). */
    public Optional<byte[]> pdf(String code) {
        Optional<byte[]> signed = jdbc.sql("select report_pdf from motcua_qms_yearly_report where code = ? and report_pdf is not null")
                .param(code).query(byte[].class).optional();
        return signed.isPresent() ? signed : find(code).map(contents::pdf);
    }

    private static String text(DelegateTask task, String name) {
        Object value = task.getVariable(name);
        String text = value == null ? "" : value.toString().trim();
        if (text.length() > MAX_TEXT) {
            throw new BadUserRequestException(name + ": tối đa " + MAX_TEXT + " ký tự");
        }
        return text.isEmpty() ? null : text;
    }

    /**
     * The report the task belongs to, by its process instance: never by the {@code reportCode} variable, which a caller
     * completing the task could overwrite to write into, or sign, another agency's report.
     */
    private String code(DelegateTask task) {
        return jdbc.sql("select code from motcua_qms_yearly_report where process_instance_id = ?")
                .param(task.getProcessInstanceId()).query(String.class).single();
    }

    private String user(DelegateTask task) {
        var authentication = engine.getIdentityService().getCurrentAuthentication();
        return authentication == null ? task.getAssignee() : authentication.getUserId();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(VietnamTime.ZONE));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
