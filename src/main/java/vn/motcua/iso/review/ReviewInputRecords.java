package vn.motcua.iso.review;

import static vn.motcua.iso.QmsForms.percent;

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
import vn.motcua.iso.QmsNames;
import vn.motcua.iso.feedback.CitizenFeedback;
import vn.motcua.iso.nonconformity.CorrectiveActions;
import vn.motcua.iso.nonconformity.Nonconformities;
import vn.motcua.iso.review.ManagementReviewInputs.Section;

/**
 * The sections of a management review's inputs read straight from the other QMS processes' records for the
 * period (ISO 9001:2015, 9.3.2 c, e): nonconformities and corrective actions, citizen feedback, changes of
 * law and of procedures.
 */
@Component
class ReviewInputRecords {

    private final QmsNames names;
    private final JdbcClient jdbc;
    private final Clock clock;

    ReviewInputRecords(QmsNames names, JdbcClient jdbc, Clock clock) {
        this.names = names;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<Section> nonconformities(OffsetDateTime start, OffsetDateTime end) {
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

    Section feedback(OffsetDateTime start, OffsetDateTime end, LocalDate from, LocalDate to) {
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

    List<Section> changes(OffsetDateTime start, OffsetDateTime end) {
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
}
