package vn.motcua.iso.audit;

import static vn.motcua.iso.QmsForms.UNIT;
import static vn.motcua.iso.QmsForms.blank;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.lowagie.text.PageSize;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.motcua.iso.QmsForms;
import vn.motcua.iso.QmsNames;
import vn.motcua.print.PrintedForm;

/** The internal audit report of a programme as printed (A4). */
@Component
public class AuditReport {

    private final QmsNames names;
    private final InternalAudits audits;
    private final JdbcClient jdbc;

    AuditReport(QmsNames names, InternalAudits audits, JdbcClient jdbc) {
        this.names = names;
        this.audits = audits;
        this.jdbc = jdbc;
    }

    /** The internal audit report of a programme: one line per department audited, and the conclusion. */
    public Optional<byte[]> pdf(String code) {
        Optional<InternalAudits.Programme> found = audits.programmes(null).stream().filter(p -> p.code().equals(code)).findFirst();
        return found.map(programme -> jdbc.sql("select criteria, conclusion, started_at from motcua_audit_programme where code = :code")
                .param("code", code).query((rs, n) -> auditReport(programme, rs.getString("criteria"), rs.getString("conclusion"),
                        rs.getObject("started_at", OffsetDateTime.class))).single());
    }

    private byte[] auditReport(InternalAudits.Programme programme, String criteria, String conclusion, OffsetDateTime startedAt) {
        List<List<String>> rows = new ArrayList<>();
        for (InternalAudits.Audit audit : programme.audits()) {
            rows.add(List.of(names.group(audit.department()), names.person(audit.auditor()),
                    QmsForms.percent(audit.onTimeRate()), audit.lateSteps() == null ? "" : audit.lateSteps().toString(),
                    audit.openNonconformities() == null ? "" : audit.openNonconformities().toString(),
                    audit.findings() == null ? "Chưa đánh giá" : audit.findings(),
                    audit.nonconformityCode() == null ? "" : audit.nonconformityCode()));
        }
        PrintedForm form = new PrintedForm("Báo cáo đánh giá nội bộ " + programme.code(), PageSize.A4)
                .header(names.agency(programme.agencyCode()), UNIT, startedAt.toZonedDateTime())
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
}
