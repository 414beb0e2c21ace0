package vn.motcua.iso.review;

import static vn.motcua.iso.QmsForms.number;
import static vn.motcua.iso.QmsForms.percent;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.VietnamTime;
import vn.motcua.iso.AgencyRecords;
import vn.motcua.iso.QmsNames;
import vn.motcua.iso.audit.InternalAudits;
import vn.motcua.iso.objectives.QualityObjectives;
import vn.motcua.iso.risk.Risks;
import vn.motcua.measurement.OnTimeReport;
import vn.motcua.measurement.ReportRow;

/**
 * Compiles the inputs of a management review (ISO 9001:2015, 9.3.2) for a period from the engine's own
 * records: quality objectives achieved, on-time statistics per department and per procedure (the report
 * API's figures for the same period), audit results, nonconformities and corrective actions with their
 * status, citizen feedback, changes of law and of procedures, risks and opportunities, and the actions of
 * earlier reviews.
 */
@Component
class ManagementReviewInputs {

    /** What the review's inputs PDF prints. */
    record Inputs(String code, String agency, LocalDate from, LocalDate to, OffsetDateTime compiledAt, List<Section> sections) {
    }

    /** A numbered part of the inputs: notes, then a table (none when {@code headers} is empty). */
    record Section(String heading, List<String> notes, float[] widths, List<String> headers, List<List<String>> rows) {

        static Section notes(String heading, List<String> notes) {
            return new Section(heading, notes, new float[0], List.of(), List.of());
        }
    }

    static final List<String> STAT_HEADERS = List.of("Tiếp nhận (kỳ trước chuyển sang + mới)", "Đã giải quyết", "Trước hạn",
            "Đúng hạn", "Quá hạn", "Tỷ lệ đúng hạn", "Bước xử lý trễ hạn");

    private final OnTimeReport report;
    private final QualityObjectives objectives;
    private final InternalAudits audits;
    private final Risks risks;
    private final QmsNames names;
    private final ReviewInputRecords records;
    private final JdbcClient jdbc;
    private final Clock clock;

    ManagementReviewInputs(OnTimeReport report, QualityObjectives objectives, InternalAudits audits, Risks risks,
                           QmsNames names, ReviewInputRecords records, JdbcClient jdbc, Clock clock) {
        this.records = records;
        this.report = report;
        this.objectives = objectives;
        this.audits = audits;
        this.risks = risks;
        this.names = names;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The inputs of the review of an agency's QMS (null: the installation's, every agency's figures): its objectives,
     * dossiers, audits and risks; the nonconformities, feedback and changes of the installation.
     */
    Inputs compile(String code, String agencyCode, LocalDate from, LocalDate to) {
        OffsetDateTime start = from.atStartOfDay(VietnamTime.ZONE).toOffsetDateTime();
        OffsetDateTime end = to.plusDays(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime();
        List<String> agencies = agencyCode == null ? null : List.of(agencyCode);
        List<Section> sections = new ArrayList<>();
        sections.add(objectives(agencies, from, to));
        sections.addAll(onTime(agencyCode, from, to));
        sections.add(audits(agencies, from, to));
        sections.addAll(records.nonconformities(start, end));
        sections.add(records.feedback(start, end, from, to));
        sections.addAll(records.changes(start, end));
        sections.add(risks(agencies));
        sections.add(earlierActions(code, start));
        return new Inputs(code, names.agency(agencyCode), from, to, OffsetDateTime.ofInstant(clock.instant(), VietnamTime.ZONE), sections);
    }

    private Section objectives(List<String> agencies, LocalDate from, LocalDate to) {
        Map<String, List<QualityObjectives.Result>> byObjective = new LinkedHashMap<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            for (QualityObjectives.Result result : objectives.results(year)) {
                LocalDate month = LocalDate.parse(result.month() + "-01");
                if (!month.isBefore(from.withDayOfMonth(1)) && !month.isAfter(to)
                        && AgencyRecords.visible(result.agencyCode(), agencies)) {
                    byObjective.computeIfAbsent(result.agencyCode() + "|" + result.objectiveId(), k -> new ArrayList<>()).add(result);
                }
            }
        }
        List<List<String>> rows = new ArrayList<>();
        byObjective.values().forEach(results -> {
            List<String> missed = results.stream().filter(r -> Boolean.FALSE.equals(r.met()))
                    .map(r -> r.month() + ": " + number(r.measured())).toList();
            rows.add(List.of(results.get(0).name(), number(results.get(0).target()),
                    String.valueOf(results.stream().filter(r -> Boolean.TRUE.equals(r.met())).count()),
                    String.valueOf(missed.size()), String.join("; ", missed)));
        });
        return new Section("Mức độ đạt được các mục tiêu chất lượng", rows.isEmpty()
                ? List.of("Chưa có tháng nào trong kỳ được đánh giá.") : List.of(), new float[] {4, 1.2f, 1.2f, 1.2f, 3},
                List.of("Mục tiêu", "Chỉ tiêu", "Số tháng đạt", "Số tháng không đạt", "Các tháng không đạt (kết quả)"), rows);
    }

    private List<Section> onTime(String agencyCode, LocalDate from, LocalDate to) {
        List<ReportRow> total = report.report(from, to, agencyCode, null, null, null);
        List<List<String>> departments = new ArrayList<>();
        for (ReportRow row : report.report(from, to, agencyCode, null, null, OnTimeReport.GroupBy.DEPARTMENT)) {
            departments.add(statRow(row.group().isEmpty() ? "Chưa xác định" : names.group(row.group()), row));
        }
        total.forEach(row -> departments.add(statRow("Toàn cơ quan", row)));
        List<List<String>> procedures = new ArrayList<>();
        for (ReportRow row : report.report(from, to, agencyCode, null, null, OnTimeReport.GroupBy.PROCEDURE)) {
            procedures.add(statRow(row.group() + " " + names.procedure(row.group()), row));
        }
        float[] widths = {4, 1.6f, 1.2f, 1, 1, 1, 1.2f, 1.2f};
        List<String> headers = new ArrayList<>(List.of("Đơn vị"));
        headers.addAll(STAT_HEADERS);
        List<String> procedureHeaders = new ArrayList<>(List.of("Thủ tục hành chính"));
        procedureHeaders.addAll(STAT_HEADERS);
        String note = total.isEmpty() ? "" : "Thư xin lỗi đã gửi: " + total.get(0).apologies() + "; yêu cầu bổ sung hồ sơ: "
                + total.get(0).supplementRequests() + "; hồ sơ rút: " + total.get(0).withdrawn() + ".";
        return List.of(
                new Section("Kết quả giải quyết hồ sơ theo đơn vị", note.isEmpty() ? List.of("Không có hồ sơ trong kỳ.") : List.of(note),
                        widths, headers, departments),
                new Section("Kết quả giải quyết hồ sơ theo thủ tục hành chính", List.of(), widths, procedureHeaders, procedures));
    }

    /** One line of the statistics, in the report API's figures. */
    static List<String> statRow(String name, ReportRow row) {
        return List.of(name, row.receivedCarriedOver() + " + " + row.receivedNew(),
                String.valueOf(row.resolvedEarly() + row.resolvedOnTime() + row.resolvedLate()), String.valueOf(row.resolvedEarly()),
                String.valueOf(row.resolvedOnTime()), String.valueOf(row.resolvedLate()), percent(row.onTimeRate()),
                String.valueOf(row.stepsLate()));
    }

    private Section audits(List<String> agencies, LocalDate from, LocalDate to) {
        List<List<String>> rows = new ArrayList<>();
        for (InternalAudits.Programme programme : audits.programmes(agencies)) {
            if (programme.year() < from.getYear() || programme.year() > to.getYear()) {
                continue;
            }
            for (InternalAudits.Audit audit : programme.audits()) {
                rows.add(List.of(programme.code(), names.group(audit.department()), names.person(audit.auditor()),
                        percent(audit.onTimeRate()), audit.findings() == null ? "Chưa đánh giá" : audit.findings(),
                        audit.nonconformityCode() == null ? "" : audit.nonconformityCode()));
            }
        }
        return new Section("Kết quả đánh giá nội bộ", rows.isEmpty() ? List.of("Chưa có chương trình đánh giá nội bộ trong kỳ.")
                : List.of(), new float[] {1.4f, 2.4f, 1.8f, 1.1f, 4, 1.4f},
                List.of("Chương trình", "Phòng được đánh giá", "Chuyên gia đánh giá", "Tỷ lệ đúng hạn", "Phát hiện", "Điểm không phù hợp"),
                rows);
    }

    private Section risks(List<String> agencies) {
        List<List<String>> rows = new ArrayList<>();
        for (Risks.Risk risk : risks.register(agencies)) {
            if (!"CLOSED".equals(risk.status())) {
                rows.add(List.of(risk.code(), risk.kindLabel(), risk.title(), names.group(risk.responsibleUnit()),
                        risk.level() == null ? "Chưa đánh giá" : String.valueOf(risk.level()), risk.statusLabel()));
            }
        }
        return new Section("Rủi ro và cơ hội", rows.isEmpty() ? List.of("Sổ đăng ký rủi ro và cơ hội chưa có mục nào đang theo dõi.")
                : List.of(), new float[] {1.6f, 1, 4, 2.2f, 1, 1.8f},
                List.of("Số hiệu", "Loại", "Nội dung", "Đơn vị", "Mức", "Trạng thái"), rows);
    }

    /** Actions of earlier reviews still open, or done since the period began. */
    private Section earlierActions(String code, OffsetDateTime start) {
        List<List<String>> rows = jdbc.sql("select * from motcua_review_action where review_code <> :code and (status <> 'DONE' "
                        + "or closed_at >= :start) order by action_deadline, id")
                .param("code", code).param("start", start)
                .query((rs, n) -> List.of(rs.getString("id"), rs.getString("action_text"), names.person(rs.getString("action_owner")),
                        VietnamTime.DAY.format(rs.getObject("action_deadline", LocalDate.class)),
                        ManagementReviews.ACTION_STATUS.getOrDefault(rs.getString("status"), rs.getString("status")))).list();
        return new Section("Tình trạng các hành động từ lần xem xét trước", rows.isEmpty()
                ? List.of("Không có hành động nào từ lần xem xét trước.") : List.of(), new float[] {1.8f, 4, 1.8f, 1.2f, 1.4f},
                List.of("Số hiệu", "Nội dung", "Người chịu trách nhiệm", "Thời hạn", "Trạng thái"), rows);
    }}
