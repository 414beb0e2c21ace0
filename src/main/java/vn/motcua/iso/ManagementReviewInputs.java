package vn.motcua.iso;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
    private final JdbcClient jdbc;
    private final Clock clock;

    ManagementReviewInputs(OnTimeReport report, QualityObjectives objectives, InternalAudits audits, Risks risks,
                           QmsNames names, JdbcClient jdbc, Clock clock) {
        this.report = report;
        this.objectives = objectives;
        this.audits = audits;
        this.risks = risks;
        this.names = names;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Inputs compile(String code, LocalDate from, LocalDate to) {
        OffsetDateTime start = from.atStartOfDay(VietnamTime.ZONE).toOffsetDateTime();
        OffsetDateTime end = to.plusDays(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime();
        List<Section> sections = new ArrayList<>();
        sections.add(objectives(from, to));
        sections.addAll(onTime(from, to));
        sections.add(audits(from, to));
        sections.addAll(nonconformities(start, end));
        sections.add(feedback(start, end, from, to));
        sections.addAll(changes(start, end));
        sections.add(risks());
        sections.add(earlierActions(code, start));
        return new Inputs(code, names.agency(), from, to, OffsetDateTime.ofInstant(clock.instant(), VietnamTime.ZONE), sections);
    }

    private Section objectives(LocalDate from, LocalDate to) {
        Map<String, List<QualityObjectives.Result>> byObjective = new LinkedHashMap<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            for (QualityObjectives.Result result : objectives.results(year)) {
                LocalDate month = LocalDate.parse(result.month() + "-01");
                if (!month.isBefore(from.withDayOfMonth(1)) && !month.isAfter(to)) {
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

    private List<Section> onTime(LocalDate from, LocalDate to) {
        List<ReportRow> total = report.report(from, to, null, null, null, null);
        List<List<String>> departments = new ArrayList<>();
        for (ReportRow row : report.report(from, to, null, null, null, OnTimeReport.GroupBy.DEPARTMENT)) {
            departments.add(statRow(row.group().isEmpty() ? "Chưa xác định" : names.group(row.group()), row));
        }
        total.forEach(row -> departments.add(statRow("Toàn cơ quan", row)));
        List<List<String>> procedures = new ArrayList<>();
        for (ReportRow row : report.report(from, to, null, null, null, OnTimeReport.GroupBy.PROCEDURE)) {
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

    private Section audits(LocalDate from, LocalDate to) {
        List<List<String>> rows = new ArrayList<>();
        for (InternalAudits.Programme programme : audits.programmes()) {
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

    private List<Section> nonconformities(OffsetDateTime start, OffsetDateTime end) {
        List<List<String>> bySource = jdbc.sql("""
                        select source, count(*) as found, sum(case when status = 'CLOSED' then 1 else 0 end) as closed,
                            sum(case when corrective_action_needed then 1 else 0 end) as with_action
                        from motcua_nonconformity where detected_at >= :start and detected_at < :end group by source order by source""")
                .param("start", start).param("end", end)
                .query((rs, n) -> List.of(Nonconformities.Source.labelOf(rs.getString("source")), String.valueOf(rs.getLong("found")),
                        String.valueOf(rs.getLong("closed")), String.valueOf(rs.getLong("found") - rs.getLong("closed")),
                        String.valueOf(rs.getLong("with_action")))).list();
        LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
        List<List<String>> actions = jdbc.sql("""
                        select * from motcua_corrective_action where (opened_at >= :start and opened_at < :end) or status <> 'CLOSED'
                        order by opened_at""")
                .param("start", start).param("end", end)
                .query((rs, n) -> {
                    LocalDate deadline = rs.getObject("action_deadline", LocalDate.class);
                    String status = rs.getString("status");
                    boolean overdue = deadline != null && deadline.isBefore(today) && !"CLOSED".equals(status)
                            && !"IMPLEMENTED".equals(status);
                    return List.of(rs.getString("nonconformity_code"), names.group(rs.getString("responsible_unit")),
                            CorrectiveActions.STATUS.getOrDefault(status, status) + (overdue ? " — quá hạn" : ""),
                            String.valueOf(rs.getInt("round")), names.person(rs.getString("action_owner")),
                            deadline == null ? "" : VietnamTime.DAY.format(deadline));
                }).list();
        return List.of(
                new Section("Sự không phù hợp phát hiện trong kỳ", bySource.isEmpty() ? List.of("Không có.") : List.of(),
                        new float[] {4, 1.2f, 1.2f, 1.2f, 1.6f},
                        List.of("Nguồn", "Phát hiện", "Đã đóng", "Đang xử lý", "Cần hành động khắc phục"), bySource),
                new Section("Hành động khắc phục (mở trong kỳ hoặc chưa đóng)", actions.isEmpty() ? List.of("Không có.") : List.of(),
                        new float[] {1.8f, 2.6f, 2.2f, 0.6f, 1.8f, 1.2f},
                        List.of("Số phiếu", "Đơn vị", "Trạng thái", "Lần", "Người chịu trách nhiệm", "Thời hạn"), actions));
    }

    private Section feedback(OffsetDateTime start, OffsetDateTime end, LocalDate from, LocalDate to) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (CitizenFeedback.Rating rating : CitizenFeedback.Rating.values()) {
            counts.put(rating.name(), 0L);
        }
        jdbc.sql("select rating, count(*) as n from motcua_feedback where given_at >= :start and given_at < :end group by rating")
                .param("start", start).param("end", end)
                .query((rs, n) -> counts.put(rs.getString("rating"), rs.getLong("n"))).list();
        long all = counts.values().stream().mapToLong(Long::longValue).sum();
        List<List<String>> rows = new ArrayList<>();
        for (CitizenFeedback.Rating rating : CitizenFeedback.Rating.values()) {
            long n = counts.get(rating.name());
            rows.add(List.of(rating.label(), String.valueOf(n),
                    all == 0 ? "" : percent(BigDecimal.valueOf(n).divide(BigDecimal.valueOf(all), 4, RoundingMode.HALF_UP))));
        }
        List<String> notes = new ArrayList<>();
        notes.add("Ý kiến đánh giá của tổ chức, cá nhân về hồ sơ đã nộp (tra cứu hồ sơ), từ " + VietnamTime.DAY.format(from)
                + " đến " + VietnamTime.DAY.format(to) + ": " + all + " ý kiến.");
        jdbc.sql("""
                        select dossier_code, comment from motcua_feedback where given_at >= :start and given_at < :end
                            and rating = 'DISSATISFIED' and comment is not null order by given_at desc fetch first 10 rows only""")
                .param("start", start).param("end", end)
                .query((rs, n) -> "Không hài lòng, hồ sơ " + rs.getString("dossier_code") + ": " + rs.getString("comment"))
                .list().forEach(notes::add);
        return new Section("Ý kiến phản hồi của tổ chức, cá nhân", notes, new float[] {3, 1, 1},
                List.of("Mức độ", "Số ý kiến", "Tỷ lệ"), rows);
    }

    private List<Section> changes(OffsetDateTime start, OffsetDateTime end) {
        List<List<String>> legal = jdbc.sql("""
                        select c.document_id, c.title, c.registered_at, count(r.process_key) as reviews,
                            sum(case when r.status = 'DONE' then 1 else 0 end) as done
                        from motcua_legal_change c left join motcua_legal_review r on r.change_id = c.id
                        where c.registered_at >= :start and c.registered_at < :end
                        group by c.id, c.document_id, c.title, c.registered_at order by c.registered_at""")
                .param("start", start).param("end", end)
                .query((rs, n) -> List.of(rs.getString("title") == null ? rs.getString("document_id") : rs.getString("title"),
                        VietnamTime.DAY.format(rs.getObject("registered_at", OffsetDateTime.class).atZoneSameInstant(VietnamTime.ZONE)),
                        String.valueOf(rs.getLong("reviews")), String.valueOf(rs.getLong("done")))).list();
        List<List<String>> revisions = jdbc.sql("""
                        select code, document_number, title, revision, issued_at from motcua_document_revision
                        where issued_at >= :start and issued_at < :end order by issued_at""")
                .param("start", start).param("end", end)
                .query((rs, n) -> List.of(rs.getString("document_number") == null ? rs.getString("code") : rs.getString("document_number"),
                        rs.getString("title") == null ? "" : rs.getString("title"), String.valueOf(rs.getInt("revision")),
                        VietnamTime.DAY.format(rs.getObject("issued_at", OffsetDateTime.class).atZoneSameInstant(VietnamTime.ZONE))))
                .list();
        return List.of(
                new Section("Thay đổi văn bản quy phạm pháp luật", legal.isEmpty() ? List.of("Không có thay đổi được đăng ký trong kỳ.")
                        : List.of(), new float[] {4, 1.3f, 1.5f, 1.3f},
                        List.of("Văn bản", "Ngày đăng ký", "Quy trình phải rà soát", "Đã rà soát"), legal),
                new Section("Quy trình được sửa đổi, ban hành", revisions.isEmpty() ? List.of("Không có quy trình ban hành trong kỳ.")
                        : List.of(), new float[] {1.8f, 4, 1, 1.3f}, List.of("Số hiệu", "Tên quy trình", "Lần ban hành", "Ngày ban hành"),
                        revisions));
    }

    private Section risks() {
        List<List<String>> rows = new ArrayList<>();
        for (Risks.Risk risk : risks.register()) {
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
    }

    static String percent(BigDecimal rate) {
        return rate == null ? "—" : rate.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).toPlainString()
                .replace('.', ',') + " %";
    }

    private static String number(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
