package vn.motcua.province;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.PageSize;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.VietnamTime;
import vn.motcua.iso.QmsNames;
import vn.motcua.print.PrintedForm;

/** The inspection's report to the provincial People's Committee (A4): the plan, each agency's findings, the conclusion. */
@Component
class InspectionReportForm {

    static final String DEPARTMENT = "Sở Khoa học và Công nghệ";

    private final QmsNames names;

    InspectionReportForm(QmsNames names) {
        this.names = names;
    }

    byte[] pdf(Inspections.Inspection inspection, LocalDate day) {
        long onSite = inspection.agencies().stream().filter(a -> Inspections.Mode.ON_SITE.name().equals(a.mode())).count();
        PrintedForm form = new PrintedForm("Báo cáo kết quả kiểm tra " + inspection.code(), PageSize.A4)
                .header(DEPARTMENT, "Đoàn kiểm tra", day.atStartOfDay(VietnamTime.ZONE))
                .title("BÁO CÁO KẾT QUẢ KIỂM TRA VIỆC ÁP DỤNG HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG THEO TIÊU CHUẨN QUỐC GIA "
                        + "TCVN ISO 9001:2015 NĂM " + inspection.year())
                .line("Kính gửi: ", "Ủy ban nhân dân tỉnh")
                .line("Số hiệu: ", inspection.code())
                .line("Thời gian kiểm tra: ", "từ " + VietnamTime.DAY.format(inspection.startsOn()) + " đến "
                        + VietnamTime.DAY.format(inspection.endsOn()))
                .line("Thành phần đoàn kiểm tra: ", inspection.team())
                .line("Kế hoạch được phê duyệt bởi: ", names.person(inspection.approvedBy()))
                .text("1. Đối tượng kiểm tra", PrintedForm.TEXT_BOLD)
                .text(inspection.agencies().size() + " cơ quan, trong đó " + onSite + " cơ quan kiểm tra trực tiếp, "
                        + (inspection.agencies().size() - onSite) + " cơ quan kiểm tra qua hồ sơ, báo cáo. Căn cứ kiểm tra: sự phù "
                        + "hợp với TCVN ISO 9001:2015 và việc thực hiện Quyết định số 19/2014/QĐ-TTg; số liệu của 12 tháng trước "
                        + "ngày kiểm tra, tổng hợp từ hệ thống.", PrintedForm.TEXT)
                .text("2. Kết quả kiểm tra từng cơ quan", PrintedForm.TEXT_BOLD);
        List<List<String>> opened = new ArrayList<>();
        for (Inspections.InspectedAgency agency : inspection.agencies()) {
            form.text(agency.agencyName() + " (" + agency.agencyCode() + "), " + agency.modeLabel().toLowerCase(java.util.Locale.forLanguageTag("vi"))
                    + (agency.periodFrom() == null ? "" : "; số liệu từ " + VietnamTime.DAY.format(agency.periodFrom()) + " đến "
                    + VietnamTime.DAY.format(agency.periodTo())), PrintedForm.TEXT_BOLD);
            List<List<String>> rows = new ArrayList<>();
            for (Inspections.Check check : agency.checks()) {
                rows.add(List.of(check.title(), check.evidence(), finding(check.finding()), check.note() == null ? "" : check.note()));
                if (check.nonconformityCode() != null) {
                    opened.add(List.of(check.nonconformityCode(), agency.agencyName(), check.title()));
                }
            }
            form.table(new float[] {3, 5, 1.2f, 3}, List.of("Nội dung kiểm tra", "Bằng chứng từ hệ thống", "Kết quả", "Ghi chú của đoàn"),
                    rows);
        }
        form.text("3. Điểm không phù hợp chuyển cơ quan khắc phục", PrintedForm.TEXT_BOLD);
        if (opened.isEmpty()) {
            form.text("Không có.", PrintedForm.TEXT);
        } else {
            form.table(new float[] {1.8f, 3, 5}, List.of("Số hiệu", "Cơ quan", "Nội dung"), opened);
        }
        return form.text("4. Kết luận và kiến nghị", PrintedForm.TEXT_BOLD)
                .text(inspection.conclusion() == null ? "" : inspection.conclusion(), PrintedForm.TEXT)
                .signatures("", "TRƯỞNG ĐOÀN KIỂM TRA", "").finish();
    }

    private static String finding(String finding) {
        if (Inspections.CONFORM.equals(finding)) {
            return "Đạt";
        }
        return Inspections.NONCONFORM.equals(finding) ? "Không đạt" : "Chưa kiểm tra";
    }
}
