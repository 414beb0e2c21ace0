package vn.motcua.province;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.lowagie.text.PageSize;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.VietnamTime;
import vn.motcua.cases.Procedure;
import vn.motcua.cases.ProcedureCatalog;
import vn.motcua.engine.Privileged;
import vn.motcua.iso.QmsForms;
import vn.motcua.iso.QmsNames;
import vn.motcua.iso.audit.InternalAudits;
import vn.motcua.iso.legal.LegalChanges;
import vn.motcua.iso.nonconformity.CorrectiveActions;
import vn.motcua.iso.nonconformity.Nonconformities;
import vn.motcua.iso.review.ManagementReviews;
import vn.motcua.measurement.OnTimeReport;
import vn.motcua.measurement.ReportRow;
import vn.motcua.print.PrintedForm;

/**
 * What an agency's yearly QMS report says, compiled from the engine's records for the calendar year, under the
 * headings such reports carry (README: 'The yearly QMS report'): scope and documents, dissemination and training,
 * conformity, how processes ran with their on-time figures (the report API's figures for the same year and
 * agency), management reviews, internal audits, nonconformities and corrective actions, legal changes and how fast
 * procedures followed, and the difficulties and proposals the agency typed.
 */
@Component
class YearlyReportContents {

    private static final float[] STATS = {4, 1.6f, 1.2f, 1, 1, 1, 1.2f, 1.2f};
    private static final List<String> STAT_HEADERS = List.of("Tiếp nhận (kỳ trước chuyển sang + mới)", "Đã giải quyết",
            "Trước hạn", "Đúng hạn", "Quá hạn", "Tỷ lệ đúng hạn", "Bước xử lý trễ hạn");

    private final QmsRegister register;
    private final OnTimeReport onTime;
    private final ProcedureCatalog catalog;
    private final ManagementReviews reviews;
    private final InternalAudits audits;
    private final Nonconformities nonconformities;
    private final CorrectiveActions correctiveActions;
    private final LegalChanges legalChanges;
    private final QmsNames names;
    private final ProcessEngine engine;
    private final Clock clock;
    private final vn.motcua.organisation.Organisation organisation;

    YearlyReportContents(QmsRegister register, OnTimeReport onTime, ProcedureCatalog catalog, ManagementReviews reviews,
                         InternalAudits audits, Nonconformities nonconformities, CorrectiveActions correctiveActions,
                         LegalChanges legalChanges, QmsNames names, @Lazy ProcessEngine engine, Clock clock,
                         vn.motcua.organisation.Organisation organisation) {
        this.organisation = organisation;
        this.register = register;
        this.onTime = onTime;
        this.catalog = catalog;
        this.reviews = reviews;
        this.audits = audits;
        this.nonconformities = nonconformities;
        this.correctiveActions = correctiveActions;
        this.legalChanges = legalChanges;
        this.names = names;
        this.engine = engine;
        this.clock = clock;
    }

    /** The report as printed: signed when it names its signer, else marked as a draft. */
    byte[] pdf(YearlyQmsReports.Report report) {
        int year = report.year();
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        LocalDate asOf = to.isBefore(today()) ? to : today();
        QmsRegister.Entry entry = register.entry(report.agencyCode(), asOf).orElse(null);
        String agency = agencyName(report.agencyCode(), entry);
        boolean signed = report.signedBy() != null;
        PrintedForm form = new PrintedForm("Báo cáo hệ thống quản lý chất lượng năm " + year + " " + report.code(), PageSize.A4)
                .header(agency, QmsForms.UNIT, ZonedDateTime.now(clock.withZone(VietnamTime.ZONE)))
                .title("BÁO CÁO TÌNH HÌNH XÂY DỰNG, ÁP DỤNG, DUY TRÌ VÀ CẢI TIẾN HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG NĂM " + year)
                .line("Kính gửi: ", "Sở Khoa học và Công nghệ")
                .line("Số hiệu: ", report.code() + (signed ? "" : " (dự thảo, chưa ký duyệt)"))
                .line("Kỳ báo cáo: ", "từ " + QmsForms.day(from) + " đến " + QmsForms.day(to))
                .text("Số liệu tổng hợp tự động từ dữ liệu của hệ thống; số hồ sơ đang giải quyết tính tại thời điểm lập báo cáo.",
                        PrintedForm.TEXT_ITALIC);

        scope(form, report.agencyCode(), entry);
        training(form, entry, from, to);
        conformity(form, entry, asOf);
        processes(form, report.agencyCode(), from, to);
        String agencyCode = report.agencyCode();
        managementReviews(form, agencyCode, from, to);
        internalAudits(form, agencyCode, year);
        nonconformities(form, agencyCode, from, to);
        legalChanges(form, agencyCode, from, to);
        form.text("9. Khó khăn, vướng mắc và đề xuất, kiến nghị", PrintedForm.TEXT_BOLD)
                .text("Khó khăn, vướng mắc: " + orNone(report.difficulties()), PrintedForm.TEXT)
                .text("Đề xuất, kiến nghị: " + orNone(report.proposals()), PrintedForm.TEXT);
        return form.signatures("THƯ KÝ ISO", "THỦ TRƯỞNG CƠ QUAN", signed ? names.person(report.signedBy()) : "").finish();
    }

    private void scope(PrintedForm form, String agencyCode, QmsRegister.Entry entry) {
        List<ProcessDefinition> latest = Privileged.call(engine, () -> engine.getRepositoryService().createProcessDefinitionQuery()
                .latestVersion().list());
        List<Procedure> procedures = catalog.all();
        Set<String> procedureKeys = procedures.stream().map(Procedure::processDefinitionKey).collect(Collectors.toSet());
        long support = latest.stream().filter(d -> !procedureKeys.contains(d.getKey()) && isShared(d)).count();
        long qms = latest.stream().filter(d -> !procedureKeys.contains(d.getKey()) && !isShared(d)).count();
        List<Procedure> own = procedures.stream().filter(p -> agencyCode.equals(p.agencyCode())).toList();
        form.text("1. Phạm vi áp dụng và hệ thống tài liệu", PrintedForm.TEXT_BOLD);
        if (entry == null) {
            form.text("Cơ quan chưa có trong danh sách áp dụng Hệ thống quản lý chất lượng của Sở Khoa học và Công nghệ.",
                    PrintedForm.TEXT);
        } else {
            form.text("Đối tượng: " + entry.obligationLabel() + (entry.obligationSource() == null ? "" : " (" + entry.obligationSource()
                    + ")") + ". Tiêu chuẩn áp dụng: " + entry.standard() + ". Công bố Hệ thống quản lý chất lượng: "
                    + (entry.announcedOn() == null ? "chưa công bố" : "ngày " + QmsForms.day(entry.announcedOn())
                    + (entry.announcementRef() == null ? "" : ", " + entry.announcementRef())) + ".", PrintedForm.TEXT)
                    .text("Phạm vi áp dụng: " + entry.scope(), PrintedForm.TEXT);
        }
        form.text("Hệ thống tài liệu đang hiệu lực trên hệ thống: " + qms + " quy trình của Hệ thống quản lý chất lượng, " + support
                + " quy trình hỗ trợ (tiếp nhận, trả kết quả), " + own.size() + " quy trình giải quyết thủ tục hành chính của cơ quan.",
                PrintedForm.TEXT);
        if (!own.isEmpty()) {
            form.table(new float[] {1.6f, 5, 1.4f, 1.4f}, List.of("Mã thủ tục", "Thủ tục hành chính", "Thời hạn (ngày làm việc)",
                    "Lần ban hành"), own.stream().map(p -> List.of(p.code(), p.name(), String.valueOf(p.statutoryWorkingDays()),
                    p.versionTag() == null ? String.valueOf(p.version()) : p.versionTag())).toList());
        }
    }

    private static boolean isShared(ProcessDefinition definition) {
        String resource = definition.getResourceName();
        return resource != null && resource.replace('\\', '/').contains("shared/");
    }

    private void training(PrintedForm form, QmsRegister.Entry entry, LocalDate from, LocalDate to) {
        form.text("2. Tuyên truyền, phổ biến và đào tạo", PrintedForm.TEXT_BOLD);
        if (entry == null) {
            form.text("Chưa có thông tin cán bộ làm công tác ISO trong danh sách của Sở Khoa học và Công nghệ.", PrintedForm.TEXT);
            return;
        }
        List<QmsRegister.Staff> active = entry.staff().stream().filter(QmsRegister.Staff::active).toList();
        List<List<String>> rows = new ArrayList<>();
        for (QmsRegister.Staff person : entry.staff()) {
            for (QmsRegister.Training training : person.trainings()) {
                if (!training.trainedOn().isBefore(from) && !training.trainedOn().isAfter(to)) {
                    rows.add(List.of(person.fullName(), person.roleLabel(), training.course(), QmsForms.day(training.trainedOn())));
                }
            }
        }
        form.text("Cán bộ làm công tác ISO: " + active.size() + " người, trong đó " + active.stream().filter(QmsRegister.Staff::trained)
                .count() + " người đã được đào tạo; " + rows.size() + " lượt đào tạo trong năm.", PrintedForm.TEXT);
        if (!rows.isEmpty()) {
            form.table(new float[] {2.4f, 2.4f, 4, 1.3f}, List.of("Họ và tên", "Nhiệm vụ", "Khoá đào tạo", "Ngày"), rows);
        }
    }

    private void conformity(PrintedForm form, QmsRegister.Entry entry, LocalDate asOf) {
        form.text("3. Sự phù hợp của Hệ thống quản lý chất lượng với tiêu chuẩn và quy định", PrintedForm.TEXT_BOLD);
        if (entry == null) {
            form.text("Không đánh giá được: cơ quan chưa có trong danh sách.", PrintedForm.TEXT);
        } else if (entry.findings().isEmpty()) {
            form.text("Tại ngày " + QmsForms.day(asOf) + ", danh sách không ghi nhận điểm chưa phù hợp nào.", PrintedForm.TEXT);
        } else {
            form.numberedList("Tại ngày " + QmsForms.day(asOf) + ", các điểm chưa phù hợp:",
                    entry.findings().stream().map(QmsRegister.Finding::text).toList());
        }
    }

    private void processes(PrintedForm form, String agencyCode, LocalDate from, LocalDate to) {
        form.text("4. Tình hình thực hiện các quy trình và kết quả giải quyết hồ sơ", PrintedForm.TEXT_BOLD);
        List<ReportRow> total = onTime.report(from, to, agencyCode, null, null, null);
        List<List<String>> rows = new ArrayList<>();
        for (ReportRow row : onTime.report(from, to, agencyCode, null, null, OnTimeReport.GroupBy.PROCEDURE)) {
            rows.add(stat(row.group() + " " + names.procedure(row.group()), row));
        }
        total.forEach(row -> rows.add(stat("Tổng cộng", row)));
        if (rows.isEmpty()) {
            form.text("Không có hồ sơ trong năm.", PrintedForm.TEXT);
            return;
        }
        List<String> headers = new ArrayList<>(List.of("Thủ tục hành chính"));
        headers.addAll(STAT_HEADERS);
        form.table(STATS, headers, rows);
        total.forEach(row -> form.text("Thư xin lỗi đã gửi: " + row.apologies() + "; yêu cầu bổ sung hồ sơ: "
                + row.supplementRequests() + "; hồ sơ rút: " + row.withdrawn() + ".", PrintedForm.TEXT));
    }

    /** One line of the statistics, in the report API's figures. */
    private static List<String> stat(String name, ReportRow row) {
        return List.of(name, row.receivedCarriedOver() + " + " + row.receivedNew(),
                String.valueOf(row.resolvedEarly() + row.resolvedOnTime() + row.resolvedLate()), String.valueOf(row.resolvedEarly()),
                String.valueOf(row.resolvedOnTime()), String.valueOf(row.resolvedLate()), QmsForms.percent(row.onTimeRate()),
                String.valueOf(row.stepsLate()));
    }

    private void managementReviews(PrintedForm form, String agencyCode, LocalDate from, LocalDate to) {
        form.text("5. Xem xét của lãnh đạo", PrintedForm.TEXT_BOLD);
        List<List<String>> rows = new ArrayList<>();
        for (ManagementReviews.Review review : reviews.reviews(List.of(agencyCode))) {
            if (!owns(agencyCode, review.agencyCode())) {
                continue;
            }
            if (review.meetingDate() != null && !review.meetingDate().isBefore(from) && !review.meetingDate().isAfter(to)) {
                long done = review.actions().stream().filter(a -> "DONE".equals(a.status())).count();
                rows.add(List.of(review.code(), QmsForms.day(review.meetingDate()), "từ " + QmsForms.day(review.periodFrom()) + " đến "
                        + QmsForms.day(review.periodTo()), review.actions().size() + " (đã hoàn thành " + done + ")"));
            }
        }
        if (rows.isEmpty()) {
            form.text("Không tổ chức họp xem xét của lãnh đạo trong năm.", PrintedForm.TEXT);
        } else {
            form.text("Đã họp xem xét của lãnh đạo " + rows.size() + " lần.", PrintedForm.TEXT)
                    .table(new float[] {1.6f, 1.3f, 3, 2.4f}, List.of("Số hiệu", "Ngày họp", "Kỳ xem xét", "Hành động quyết định"), rows);
        }
    }

    private void internalAudits(PrintedForm form, String agencyCode, int year) {
        form.text("6. Đánh giá nội bộ", PrintedForm.TEXT_BOLD);
        List<List<String>> rows = new ArrayList<>();
        for (InternalAudits.Programme programme : audits.programmes(List.of(agencyCode))) {
            if (programme.year() == year && owns(agencyCode, programme.agencyCode())) {
                long audited = programme.audits().stream().filter(a -> "AUDITED".equals(a.status())).count();
                rows.add(List.of(programme.code(), audited + " / " + programme.audits().size(),
                        "REPORTED".equals(programme.status()) ? "Đã báo cáo kết quả" : "Đang thực hiện"));
            }
        }
        if (rows.isEmpty()) {
            form.text("Không thực hiện đánh giá nội bộ trong năm.", PrintedForm.TEXT);
        } else {
            form.table(new float[] {2, 2.4f, 3}, List.of("Chương trình", "Phòng đã được đánh giá / kế hoạch", "Tình trạng"), rows);
        }
    }

    private void nonconformities(PrintedForm form, String agencyCode, LocalDate from, LocalDate to) {
        form.text("7. Sự không phù hợp và hành động khắc phục", PrintedForm.TEXT_BOLD);
        List<Nonconformities.Nonconformity> found = nonconformities.all(List.of(agencyCode)).stream()
                .filter(n -> owns(agencyCode, n.agencyCode())).filter(n -> within(n.detectedAt(), from, to)).toList();
        long closed = found.stream().filter(n -> "CLOSED".equals(n.status())).count();
        List<CorrectiveActions.CorrectiveAction> open = correctiveActions.open(List.of(agencyCode)).stream()
                .filter(a -> owns(agencyCode, a.agencyCode())).toList();
        form.text("Phát hiện trong năm " + found.size() + " điểm không phù hợp, đã đóng " + closed + ", còn mở " + (found.size() - closed)
                + ". Hành động khắc phục đang thực hiện: " + open.size() + ", trong đó quá hạn: "
                + open.stream().filter(CorrectiveActions.CorrectiveAction::overdue).count() + ".", PrintedForm.TEXT);
        if (!found.isEmpty()) {
            form.table(new float[] {1.6f, 2, 2.4f, 4, 1.4f}, List.of("Số hiệu", "Nguồn", "Đơn vị", "Nội dung", "Tình trạng"),
                    found.stream().map(n -> List.of(String.valueOf(n.code()), Nonconformities.Source.labelOf(n.source()),
                            names.group(n.responsibleUnit()), n.description(), "CLOSED".equals(n.status()) ? "Đã đóng" : "Đang xử lý"))
                            .toList());
        }
    }

    private void legalChanges(PrintedForm form, String agencyCode, LocalDate from, LocalDate to) {
        form.text("8. Thay đổi văn bản pháp luật và cập nhật quy trình", PrintedForm.TEXT_BOLD);
        java.util.Set<String> own = catalog.all().stream().filter(p -> agencyCode.equals(p.agencyCode())).map(Procedure::code)
                .collect(java.util.stream.Collectors.toSet());
        List<LegalChanges.Followed> followed = legalChanges.reviewsOfChangesRegistered(
                from.atStartOfDay(VietnamTime.ZONE).toOffsetDateTime(), to.plusDays(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime())
                .stream().filter(f -> own.contains(f.procedureCode())).toList();
        if (followed.isEmpty()) {
            form.text("Không có văn bản pháp luật thay đổi được ghi nhận trong năm.", PrintedForm.TEXT);
            return;
        }
        long done = followed.stream().filter(f -> f.reviewedAt() != null).count();
        long onTimeCount = followed.stream().filter(LegalChanges.Followed::onTime).count();
        double days = followed.stream().filter(f -> f.reviewedAt() != null)
                .mapToLong(f -> ChronoUnit.DAYS.between(f.registeredAt(), f.reviewedAt())).average().orElse(0);
        form.text(followed.size() + " lượt rà soát quy trình do văn bản pháp luật thay đổi: đã rà soát " + done + " (đúng hạn "
                + onTimeCount + "), chưa rà soát " + (followed.size() - done) + "; thời gian rà soát trung bình "
                + QmsForms.number(BigDecimal.valueOf(days)) + " ngày.", PrintedForm.TEXT)
                .table(new float[] {2.4f, 1.4f, 3.4f, 1.3f, 1.3f}, List.of("Văn bản", "Mã thủ tục", "Thủ tục", "Hạn rà soát", "Đã rà soát"),
                        followed.stream().map(f -> List.of(f.documentId(), f.procedureCode(), String.valueOf(f.procedureName()),
                                QmsForms.day(f.dueAt().toLocalDate()), f.reviewedAt() == null ? "Chưa" : QmsForms.day(f.reviewedAt().toLocalDate())))
                                .toList());
    }

    /**
     * Whether a QMS record counts for the agency: its own; the installation's shared records only in an installation
     * without agencies (no organisation), where they are the one agency's.
     */
    private boolean owns(String agencyCode, String recordAgency) {
        return recordAgency == null ? organisation.isEmpty() : recordAgency.equals(agencyCode);
    }

    private static boolean within(OffsetDateTime moment, LocalDate from, LocalDate to) {
        if (moment == null) {
            return false;
        }
        LocalDate day = moment.atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
        return !day.isBefore(from) && !day.isAfter(to);
    }

    private String agencyName(String agencyCode, QmsRegister.Entry entry) {
        if (entry != null) {
            return entry.agencyName();
        }
        return organisation.unit(agencyCode).map(vn.motcua.organisation.Unit::name)
                .or(() -> catalog.all().stream().filter(p -> agencyCode.equals(p.agencyCode())).map(Procedure::agencyName).findFirst())
                .orElse(names.agency());
    }

    private static String orNone(String text) {
        return text == null || text.isBlank() ? "không có" : text;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(VietnamTime.ZONE));
    }
}
