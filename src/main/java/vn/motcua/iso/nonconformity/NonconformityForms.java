package vn.motcua.iso.nonconformity;

import static vn.motcua.iso.QmsForms.UNIT;
import static vn.motcua.iso.QmsForms.blank;
import static vn.motcua.iso.QmsForms.day;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

import com.lowagie.text.PageSize;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.motcua.iso.QmsNames;
import vn.motcua.print.PrintedForm;

/** The nonconformity report and the corrective action record as printed (A4). */
@Component
public class NonconformityForms {

    private static final Map<String, String> NONCONFORMITY_STATUS = Map.of("OPEN", "Mới ghi nhận", "IN_PROGRESS", "Đang xử lý",
            "CORRECTIVE_ACTION", "Đang thực hiện hành động khắc phục", "CLOSED", "Đã đóng");

    private final QmsNames names;
    private final JdbcClient jdbc;

    NonconformityForms(QmsNames names, JdbcClient jdbc) {
        this.names = names;
        this.jdbc = jdbc;
    }

    /** The nonconformity report (phiếu kiểm soát đầu ra không phù hợp); empty for an unknown code. */
    public Optional<byte[]> nonconformityReport(String code) {
        return jdbc.sql("select * from motcua_nonconformity where code = :code").param("code", code)
                .query((rs, n) -> {
                    Boolean needed = (Boolean) rs.getObject("corrective_action_needed");
                    OffsetDateTime detected = rs.getObject("detected_at", OffsetDateTime.class);
                    return new PrintedForm("Phiếu kiểm soát đầu ra không phù hợp " + code, PageSize.A4)
                            .header(names.agency(rs.getString("agency_code")), UNIT, detected.toZonedDateTime())
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
                            .header(names.agency(rs.getString("agency_code")), UNIT, opened.toZonedDateTime())
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
}
