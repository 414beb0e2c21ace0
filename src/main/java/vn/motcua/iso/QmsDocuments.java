package vn.motcua.iso;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.lowagie.text.PageSize;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.VietnamTime;
import vn.motcua.print.PrintedForm;

/**
 * The QMS records as printed documents in Vietnamese (A4, the look of the one-stop shop's forms):
 * management review inputs and minutes, the nonconformity report, the corrective action record and the
 * internal audit report.
 */
@Component
public class QmsDocuments {

    private static final String UNIT = "Hệ thống quản lý chất lượng";
    private static final Map<String, String> NONCONFORMITY_STATUS = Map.of("OPEN", "Mới ghi nhận", "IN_PROGRESS", "Đang xử lý",
            "CORRECTIVE_ACTION", "Đang thực hiện hành động khắc phục", "CLOSED", "Đã đóng");

    private final QmsNames names;
    private final InternalAudits audits;
    private final JdbcClient jdbc;

    QmsDocuments(QmsNames names, InternalAudits audits, JdbcClient jdbc) {
        this.names = names;
        this.audits = audits;
        this.jdbc = jdbc;
    }

    /** The management review's inputs, section by section. */
    byte[] inputs(ManagementReviewInputs.Inputs inputs) {
        PrintedForm form = new PrintedForm("Báo cáo đầu vào xem xét của lãnh đạo " + inputs.code(), PageSize.A4)
                .header(inputs.agency(), UNIT, inputs.compiledAt().toZonedDateTime())
                .title("BÁO CÁO ĐẦU VÀO XEM XÉT CỦA LÃNH ĐẠO")
                .line("Số hiệu: ", inputs.code())
                .line("Kỳ xem xét: ", "từ " + day(inputs.from()) + " đến " + day(inputs.to()))
                .line("Tổng hợp tự động từ dữ liệu của hệ thống lúc: ", PrintedForm.moment(inputs.compiledAt()))
                .text("Số hồ sơ đang giải quyết tính tại thời điểm tổng hợp; các số liệu khác tính trong kỳ xem xét.",
                        PrintedForm.TEXT_ITALIC);
        int number = 1;
        for (ManagementReviewInputs.Section section : inputs.sections()) {
            form.text(number++ + ". " + section.heading(), PrintedForm.TEXT_BOLD);
            section.notes().forEach(note -> form.text(note, PrintedForm.TEXT));
            if (!section.rows().isEmpty()) {
                form.table(section.widths(), section.headers(), section.rows());
            }
        }
        return form.signatures("", "THƯ KÝ ISO", "").finish();
    }

    /** The minutes of the review meeting: attendees, conclusions, decisions with owners and deadlines. */
    byte[] minutes(ManagementReviews.Review review) {
        List<List<String>> rows = new ArrayList<>();
        for (ManagementReviews.Action action : review.actions()) {
            rows.add(List.of(String.valueOf(action.number()), action.text(), names.person(action.owner()), day(action.deadline()),
                    ManagementReviews.ACTION_STATUS.getOrDefault(action.status(), action.status())));
        }
        ZonedDateTime held = review.meetingDate().atStartOfDay(VietnamTime.ZONE);
        PrintedForm form = new PrintedForm("Biên bản họp xem xét của lãnh đạo " + review.code(), PageSize.A4)
                .header(names.agency(), UNIT, held)
                .title("BIÊN BẢN HỌP XEM XÉT CỦA LÃNH ĐẠO")
                .line("Số hiệu: ", review.code())
                .line("Ngày họp: ", day(review.meetingDate()))
                .line("Kỳ xem xét: ", "từ " + day(review.periodFrom()) + " đến " + day(review.periodTo()))
                .line("Đầu vào: ", "Báo cáo đầu vào số " + review.code() + " tổng hợp lúc " + PrintedForm.moment(review.compiledAt()))
                .text("Thành phần tham dự:", PrintedForm.TEXT_BOLD)
                .text(review.attendees(), PrintedForm.TEXT)
                .text("I. Kết luận về sự phù hợp, thỏa đáng và hiệu lực của hệ thống quản lý chất lượng", PrintedForm.TEXT_BOLD)
                .text(review.conclusions(), PrintedForm.TEXT)
                .text("II. Quyết định và hành động", PrintedForm.TEXT_BOLD);
        if (rows.isEmpty()) {
            form.text("Không có hành động nào được quyết định.", PrintedForm.TEXT);
        } else {
            form.table(new float[] {0.6f, 5, 2, 1.3f, 1.6f}, List.of("STT", "Nội dung", "Người chịu trách nhiệm", "Thời hạn",
                    "Tình trạng"), rows);
        }
        return form.signatures("THƯ KÝ", "CHỦ TRÌ", names.person(review.decidedBy())).finish();
    }

    /** The nonconformity report (phiếu kiểm soát đầu ra không phù hợp); empty for an unknown code. */
    public Optional<byte[]> nonconformityReport(String code) {
        return jdbc.sql("select * from motcua_nonconformity where code = :code").param("code", code)
                .query((rs, n) -> {
                    Boolean needed = (Boolean) rs.getObject("corrective_action_needed");
                    OffsetDateTime detected = rs.getObject("detected_at", OffsetDateTime.class);
                    return new PrintedForm("Phiếu kiểm soát đầu ra không phù hợp " + code, PageSize.A4)
                            .header(names.agency(), UNIT, detected.toZonedDateTime())
                            .title("PHIẾU KIỂM SOÁT ĐẦU RA KHÔNG PHÙ HỢP")
                            .line("Số phiếu: ", code)
                            .line("Nguồn phát hiện: ", Nonconformities.Source.labelOf(rs.getString("source")))
                            .line("Thời điểm phát hiện: ", PrintedForm.moment(detected))
                            .line("Đơn vị chịu trách nhiệm: ", names.group(rs.getString("responsible_unit")))
                            .line("Hồ sơ liên quan: ", rs.getString("dossier_code") == null ? "Không" : rs.getString("dossier_code"))
                            .line("Người ghi nhận: ", rs.getString("opened_by") == null ? "Hệ thống" : names.person(rs.getString("opened_by")))
                            .text("1. Mô tả sự không phù hợp", PrintedForm.TEXT_BOLD)
                            .text(rs.getString("description"), PrintedForm.TEXT)
                            .text(blank(rs.getString("details")), PrintedForm.TEXT)
                            .text("2. Biện pháp xử lý (khắc phục tức thời)", PrintedForm.TEXT_BOLD)
                            .text(blank(rs.getString("correction")), PrintedForm.TEXT)
                            .text("3. Quyết định của Đại diện lãnh đạo", PrintedForm.TEXT_BOLD)
                            .text(needed == null ? "Chưa quyết định" : needed ? "Cần hành động khắc phục (phiếu hành động khắc phục số "
                                    + code + ")" : "Không cần hành động khắc phục", PrintedForm.TEXT)
                            .text(blank(rs.getString("decision_note")), PrintedForm.TEXT)
                            .line("Tình trạng: ", NONCONFORMITY_STATUS.getOrDefault(rs.getString("status"), rs.getString("status"))
                                    + (rs.getObject("closed_at") == null ? ""
                                    : ", " + PrintedForm.moment(rs.getObject("closed_at", OffsetDateTime.class))))
                            .signatures("ĐƠN VỊ CHỊU TRÁCH NHIỆM", "ĐẠI DIỆN LÃNH ĐẠO", "")
                            .finish();
                }).optional();
    }

    /** The corrective action record (phiếu hành động khắc phục); empty when the nonconformity needed none. */
    public Optional<byte[]> correctiveActionRecord(String code) {
        return jdbc.sql("""
                        select a.*, n.description from motcua_corrective_action a
                            join motcua_nonconformity n on n.code = a.nonconformity_code where a.nonconformity_code = :code""")
                .param("code", code)
                .query((rs, n) -> {
                    OffsetDateTime opened = rs.getObject("opened_at", OffsetDateTime.class);
                    LocalDate deadline = rs.getObject("action_deadline", LocalDate.class);
                    return new PrintedForm("Phiếu hành động khắc phục " + code, PageSize.A4)
                            .header(names.agency(), UNIT, opened.toZonedDateTime())
                            .title("PHIẾU HÀNH ĐỘNG KHẮC PHỤC")
                            .line("Theo phiếu kiểm soát đầu ra không phù hợp số: ", code)
                            .line("Đơn vị chịu trách nhiệm: ", names.group(rs.getString("responsible_unit")))
                            .line("Mở lúc: ", PrintedForm.moment(opened))
                            .line("Lần thực hiện: ", String.valueOf(rs.getInt("round")))
                            .text("1. Sự không phù hợp", PrintedForm.TEXT_BOLD)
                            .text(rs.getString("description"), PrintedForm.TEXT)
                            .text("2. Nguyên nhân gốc rễ", PrintedForm.TEXT_BOLD)
                            .text(blank(rs.getString("root_cause")), PrintedForm.TEXT)
                            .text("3. Hành động khắc phục", PrintedForm.TEXT_BOLD)
                            .text(blank(rs.getString("action_plan")), PrintedForm.TEXT)
                            .line("Người chịu trách nhiệm: ", names.person(rs.getString("action_owner")))
                            .line("Thời hạn hoàn thành: ", deadline == null ? "" : day(deadline))
                            .text("4. Kết quả thực hiện", PrintedForm.TEXT_BOLD)
                            .text(blank(rs.getString("implementation")), PrintedForm.TEXT)
                            .text("5. Đánh giá hiệu lực", PrintedForm.TEXT_BOLD)
                            .text(blank(rs.getString("effectiveness_note")), PrintedForm.TEXT)
                            .line("Tình trạng: ", CorrectiveActions.STATUS.getOrDefault(rs.getString("status"), rs.getString("status"))
                                    + (rs.getObject("closed_at") == null ? ""
                                    : ", " + PrintedForm.moment(rs.getObject("closed_at", OffsetDateTime.class))))
                            .signatures("ĐƠN VỊ CHỊU TRÁCH NHIỆM", "ĐẠI DIỆN LÃNH ĐẠO", "")
                            .finish();
                }).optional();
    }

    /** The internal audit report of a programme: one line per department audited, and the conclusion. */
    public Optional<byte[]> auditReport(String code) {
        Optional<InternalAudits.Programme> found = audits.programmes().stream().filter(p -> p.code().equals(code)).findFirst();
        return found.map(programme -> jdbc.sql("select criteria, conclusion, started_at from motcua_audit_programme where code = :code")
                .param("code", code).query((rs, n) -> auditReport(programme, rs.getString("criteria"), rs.getString("conclusion"),
                        rs.getObject("started_at", OffsetDateTime.class))).single());
    }

    private byte[] auditReport(InternalAudits.Programme programme, String criteria, String conclusion, OffsetDateTime startedAt) {
        List<List<String>> rows = new ArrayList<>();
        for (InternalAudits.Audit audit : programme.audits()) {
            rows.add(List.of(names.group(audit.department()), names.person(audit.auditor()),
                    ManagementReviewInputs.percent(audit.onTimeRate()), audit.lateSteps() == null ? "" : audit.lateSteps().toString(),
                    audit.openNonconformities() == null ? "" : audit.openNonconformities().toString(),
                    audit.findings() == null ? "Chưa đánh giá" : audit.findings(),
                    audit.nonconformityCode() == null ? "" : audit.nonconformityCode()));
        }
        PrintedForm form = new PrintedForm("Báo cáo đánh giá nội bộ " + programme.code(), PageSize.A4)
                .header(names.agency(), UNIT, startedAt.toZonedDateTime())
                .title("BÁO CÁO ĐÁNH GIÁ NỘI BỘ NĂM " + programme.year())
                .line("Chương trình: ", programme.code())
                .line("Chuẩn mực đánh giá: ", criteria)
                .text("1. Kết quả đánh giá từng phòng (bằng chứng khách quan từ số liệu 12 tháng trước ngày đánh giá)",
                        PrintedForm.TEXT_BOLD);
        if (rows.isEmpty()) {
            form.text("Chưa lập kế hoạch đánh giá.", PrintedForm.TEXT);
        } else {
            form.table(new float[] {2.4f, 1.8f, 1.1f, 0.9f, 1, 3.6f, 1.9f}, List.of("Phòng", "Chuyên gia đánh giá", "Tỷ lệ đúng hạn",
                    "Bước trễ hạn", "KPH đang mở", "Phát hiện", "Phiếu KPH"), rows);
        }
        return form.text("2. Kết luận", PrintedForm.TEXT_BOLD)
                .text(blank(conclusion), PrintedForm.TEXT)
                .signatures("", "THƯ KÝ ISO", "").finish();
    }

    /** The minute of a records review and the list of its records with what was decided for each. */
    byte[] recordsReview(RecordsControl.Review review, List<RecordsControl.Entry> entries) {
        List<List<String>> rows = new ArrayList<>();
        int number = 1;
        for (RecordsControl.Entry entry : entries) {
            rows.add(List.of(String.valueOf(number++), entry.typeLabel(), entry.reference(), day(entry.closedOn()),
                    day(entry.expiredOn()), RecordsControl.DECISIONS.getOrDefault(entry.decision(), entry.decision())));
        }
        String status = switch (review.status()) {
            case "DISPOSED" -> "Đã được lãnh đạo phê duyệt, đã cập nhật sổ hồ sơ";
            case "APPROVED" -> "Đã được lãnh đạo phê duyệt";
            case "APPROVAL" -> "Chờ lãnh đạo phê duyệt";
            default -> "Đang xem xét";
        };
        return new PrintedForm("Biên bản xem xét hồ sơ hết thời hạn lưu trữ " + review.code(), PageSize.A4)
                .header(names.agency(), UNIT, review.startedAt().toZonedDateTime())
                .title("BIÊN BẢN XEM XÉT HỒ SƠ HẾT THỜI HẠN LƯU TRỮ")
                .line("Số hiệu: ", review.code())
                .line("Số hồ sơ hết thời hạn lưu trữ: ", String.valueOf(review.recordCount()))
                .line("Tình trạng: ", status)
                .text("1. Nội dung xem xét", PrintedForm.TEXT_BOLD)
                .text(blank(review.minute()), PrintedForm.TEXT)
                .text("2. Danh mục hồ sơ và quyết định", PrintedForm.TEXT_BOLD)
                .table(new float[] {0.6f, 3.4f, 2.6f, 1.2f, 1.2f, 1.4f}, List.of("STT", "Loại hồ sơ", "Số hiệu", "Kết thúc",
                        "Hết hạn lưu trữ", "Quyết định"), rows)
                .text(review.approvalNote() == null ? "" : "Ý kiến của lãnh đạo: " + review.approvalNote(), PrintedForm.TEXT)
                .signatures("THƯ KÝ ISO", "LÃNH ĐẠO CƠ QUAN", names.person(review.approvedBy()))
                .finish();
    }

    private static String day(LocalDate day) {
        return day == null ? "" : VietnamTime.DAY.format(day);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? "……………………" : text;
    }
}
