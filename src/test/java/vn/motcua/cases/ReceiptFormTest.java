package vn.motcua.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

/**
 * The receipt (form 01) and forms 04–05 fit one A5 page and print Vietnamese with its diacritics; the
 * receipt's QR code opens the lookup page with the dossier's code and lookup token.
 */
class ReceiptFormTest {

    static final String TOKEN = "7K2M9QXD4VHT0B8NE5RW";
    static final String LINK = "https://dichvucong.example.vn/tra-cuu.html#ma=000.00.12.H42-260305-0007&t=" + TOKEN;

    static Dossier sampleDossier() {
        OffsetDateTime received = OffsetDateTime.of(2026, 3, 5, 9, 0, 0, 0, ZoneOffset.ofHours(7));
        List<Procedure.Paper> papers = List.of(
                new Procedure.Paper("DON", "Đơn đề nghị cấp Giấy phép bán buôn sản phẩm rượu"),
                new Procedure.Paper("GCN", "Bản sao Giấy chứng nhận đăng ký doanh nghiệp"),
                new Procedure.Paper("DD", "Bản sao giấy tờ chứng minh quyền sử dụng địa điểm kinh doanh"),
                new Procedure.Paper("NCC", "Bản sao văn bản giới thiệu, hợp đồng với nhà cung cấp sản phẩm rượu"),
                new Procedure.Paper("ATTP", "Bản sao Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm"));
        return new Dossier(1, "000.00.12.H42-260305-0007", "000.00.12.H42", "sct-quan-ly-thuong-mai", "MAU-SCT-RUOU-BB",
                "Cấp Giấy phép bán buôn sản phẩm rượu", "def:1", "LiquorWholesaleLicenceProcess", 1, "1", 10, "pi",
                new Applicant("Nguyễn Văn Bảo", "001085012345", "0912345678", "bao.nguyen@example.vn",
                        "Số 12 đường Trần Phú, phường Bắc Hà, thành phố Hà Tĩnh"),
                Channel.IN_PERSON, DossierStatus.IN_PROGRESS, null, IntakeOutcome.COMPLETE, null, null, received, received,
                received.plusDays(14).withHour(17), null, null, "lannt", null, 0, papers);
    }

    @Test
    void theReceiptFitsOneA5PageWithEverythingTheCitizenNeeds() throws Exception {
        byte[] pdf = ReceiptForm.render(sampleDossier(), "Sở Công Thương", "Nguyễn Thị Lan", TOKEN, LINK);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "receipt-sample.pdf"), pdf);

        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "000.00.12.H42-260305-0007",
                "Mã tra cứu: 7K2M-9QXD-4VHT-0B8N-E5RW", "Nguyễn Văn Bảo", "Nguyễn Thị Lan",
                "09 giờ 00 phút, ngày 05/03/2026", "17 giờ 00 phút, ngày 19/03/2026",
                "Đơn đề nghị cấp Giấy phép bán buôn sản phẩm rượu");
    }

    @Test
    void theReceiptsQrCodeOpensTheLookupPageWithCodeAndToken() throws Exception {
        byte[] pdf = ReceiptForm.render(sampleDossier(), "Sở Công Thương", "Nguyễn Thị Lan", TOKEN, LINK);

        // as a phone sees a printout: the page as an image at 150 dpi
        assertThat(QrCodes.decode(pdf, 150)).isEqualTo(LINK);
    }

    @Test
    void aReceiptReprintedByOtherStaffHasNoToken() throws Exception {
        String codeOnly = "https://dichvucong.example.vn/tra-cuu.html#ma=000.00.12.H42-260305-0007";

        byte[] pdf = ReceiptForm.render(sampleDossier(), "Sở Công Thương", "Nguyễn Thị Lan", null, codeOnly);

        assertThat(new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1)).contains("000.00.12.H42-260305-0007")
                .doesNotContain("Mã tra cứu", "7K2M");
        assertThat(QrCodes.decode(pdf, 150)).isEqualTo(codeOnly);
    }

    @Test
    void theApologyFitsOnePage() throws Exception {
        Dossier dossier = sampleDossier();
        Apology apology = new Apology(dossier.dueAt().minusDays(1), "minhtv", "Cần xác minh thêm với cơ quan thuế về nghĩa vụ tài chính",
                dossier.dueAt().plusDays(7));

        byte[] pdf = DossierForms.apology(dossier, "Sở Công Thương", apology, "Trần Văn Minh");
        Files.write(Path.of("target", "apology-sample.pdf"), pdf);

        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains(DossierForms.APOLOGY_TITLE,
                "Cần xác minh thêm với cơ quan thuế", "17 giờ 00 phút, ngày 26/03/2026");
    }
}
