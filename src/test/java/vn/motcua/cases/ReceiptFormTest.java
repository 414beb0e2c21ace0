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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The receipt (form 01) and forms 04–05 fit one A5 page and print Vietnamese with its diacritics; the
 * receipt's QR code opens the lookup page with the dossier's code and lookup token.
 */
class ReceiptFormTest {

    static final String TOKEN = "7K2M9QXD4VHT0B8NE5RW";
    static final String LINK = "https://dichvucong.example.vn/tra-cuu.html#ma=000.00.12.H42-260305-0007&t=" + TOKEN;

    static Dossier sampleDossier() {
        return sampleDossier(OffsetDateTime.of(2026, 3, 5, 9, 0, 0, 0, ZoneOffset.ofHours(7)), DossierStatus.IN_PROGRESS,
                null, null);
    }

    static Dossier sampleDossier(OffsetDateTime received, DossierStatus status, DossierOutcome outcome,
                                 OffsetDateTime closedAt) {
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
                Channel.IN_PERSON, status, outcome, IntakeOutcome.COMPLETE, null, null, received, received,
                received.plusDays(14).withHour(17), null, closedAt, "lannt", null, 0, papers);
    }

    @Test
    void theReceiptFitsOneA5PageWithEverythingTheCitizenNeeds() throws Exception {
        byte[] pdf = ReceiptForm.render(set(sampleDossier()), sampleDossier(), "Sở Công Thương", "Hà Tĩnh", "Nguyễn Thị Lan", TOKEN, LINK);
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
        byte[] pdf = ReceiptForm.render(set(sampleDossier()), sampleDossier(), "Sở Công Thương", "Hà Tĩnh", "Nguyễn Thị Lan", TOKEN, LINK);

        // as a phone sees a printout: the page as an image at 150 dpi
        assertThat(QrCodes.decode(pdf, 150)).isEqualTo(LINK);
    }

    @Test
    void aReceiptReprintedByOtherStaffHasNoToken() throws Exception {
        String codeOnly = "https://dichvucong.example.vn/tra-cuu.html#ma=000.00.12.H42-260305-0007";

        byte[] pdf = ReceiptForm.render(set(sampleDossier()), sampleDossier(), "Sở Công Thương", "Hà Tĩnh", "Nguyễn Thị Lan", null, codeOnly);

        assertThat(new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1)).contains("000.00.12.H42-260305-0007")
                .doesNotContain("Mã tra cứu", "7K2M");
        assertThat(QrCodes.decode(pdf, 150)).isEqualTo(codeOnly);
    }

    @Test
    void aDossierReceivedBeforeCircular03Of2025GetsThe2018ApologyAndOneAfterTheApologyRequestingTheExtension()
            throws Exception {
        Dossier before = sampleDossier(OffsetDateTime.of(2025, 9, 12, 9, 0, 0, 0, ZoneOffset.ofHours(7)),
                DossierStatus.IN_PROGRESS, null, null);
        Apology apology = new Apology(before.dueAt().minusDays(1), "minhtv", "Cần xác minh thêm", before.dueAt().plusDays(7));

        String text2018 = new PdfTextExtractor(new PdfReader(DossierForms.apology(set(before), before, "Sở Công Thương", "Hà Tĩnh",
                apology, "Trần Văn Minh"))).getTextFromPage(1);
        assertThat(text2018).contains("Mẫu số 04", DossierForms.APOLOGY_TITLE).doesNotContain("gia hạn");

        Dossier after = sampleDossier(OffsetDateTime.of(2025, 9, 15, 9, 0, 0, 0, ZoneOffset.ofHours(7)),
                DossierStatus.IN_PROGRESS, null, null);
        String text2025 = new PdfTextExtractor(new PdfReader(DossierForms.apology(set(after), after, "Sở Công Thương", "Hà Tĩnh",
                new Apology(after.dueAt().minusDays(1), "minhtv", "Cần xác minh thêm", after.dueAt().plusDays(7)),
                "Trần Văn Minh"))).getTextFromPage(1).replaceAll("\\s+", " ");
        assertThat(text2025).contains("Mẫu số 04", DossierForms.APOLOGY_2025_TITLE,
                "đề nghị người có thẩm quyền cho gia hạn thời gian giải quyết hồ sơ đến")
                .doesNotContain(DossierForms.APOLOGY_TITLE);
    }

    @Test
    void theStopNoticeFitsOnePageWithItsGroundAndAnUnknownSourceSaidSo() throws Exception {
        OffsetDateTime received = OffsetDateTime.of(2026, 3, 5, 9, 0, 0, 0, ZoneOffset.ofHours(7));
        Dossier dossier = sampleDossier(received, DossierStatus.CLOSED, DossierOutcome.WITHDRAWN,
                received.plusDays(6).withHour(10));
        StopGrounds grounds = new StopGrounds(java.util.Map.of(DossierOutcome.ABANDONED,
                new StopGrounds.Ground(null, "Điều 16 Nghị định 46/2026/NĐ-CP")));

        byte[] pdf = DossierForms.stopNotice(set(dossier), dossier, "Sở Công Thương", "Hà Tĩnh", grounds.of(DossierOutcome.WITHDRAWN),
                "Công dân không còn nhu cầu", "Nguyễn Thị Lan");
        Files.write(Path.of("target", "stop-notice-sample.pdf"), pdf);

        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        assertThat(new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ")).contains("Mẫu số 05",
                DossierForms.STOP_NOTICE_TITLE, "Hà Tĩnh, ngày 11 tháng 03 năm 2026", "000.00.12.H42-260305-0007",
                "Nguyễn Văn Bảo", "Cấp Giấy phép bán buôn sản phẩm rượu", "10 giờ 00 phút, ngày 11/03/2026",
                "đề nghị rút hồ sơ", "Công dân không còn nhu cầu", "Chưa xác định văn bản quy định");
        // a ground configured with its source alone keeps the default text and prints the source
        assertThat(grounds.of(DossierOutcome.ABANDONED).text()).contains("không bổ sung, hoàn thiện hồ sơ");
        assertThat(grounds.of(DossierOutcome.ABANDONED).printedSource()).isEqualTo("Điều 16 Nghị định 46/2026/NĐ-CP");
        // only a dossier that ended without a result has a ground
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new StopGrounds(java.util.Map.of(
                DossierOutcome.RESOLVED, new StopGrounds.Ground("x", "")))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theApologyFitsOnePage() throws Exception {
        Dossier dossier = sampleDossier();
        Apology apology = new Apology(dossier.dueAt().minusDays(1), "minhtv", "Cần xác minh thêm với cơ quan thuế về nghĩa vụ tài chính",
                dossier.dueAt().plusDays(7));

        byte[] pdf = DossierForms.apology(set(dossier), dossier, "Sở Công Thương", "Hà Tĩnh", apology, "Trần Văn Minh");
        Files.write(Path.of("target", "apology-sample.pdf"), pdf);

        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        assertThat(new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ")).contains(
                DossierForms.APOLOGY_2025_TITLE,
                "Cần xác minh thêm với cơ quan thuế", "17 giờ 00 phút, ngày 26/03/2026");
    }

    @Test
    void theReceiptCarriesItsFormNumberAndThePlaceBeforeItsDate() throws Exception {
        byte[] pdf = ReceiptForm.render(set(sampleDossier()), sampleDossier(), "Sở Công Thương", "Hà Tĩnh", "Nguyễn Thị Lan", TOKEN, LINK);

        assertThat(new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1))
                .contains("Mẫu số 01", "Hà Tĩnh, ngày 05 tháng 03 năm 2026");
    }

    @Test
    void withoutAConfiguredPlaceTheDateLineKeepsASpaceToWriteItByHand() throws Exception {
        byte[] pdf = ReceiptForm.render(set(sampleDossier()), sampleDossier(), "Sở Công Thương", "", "Nguyễn Thị Lan", TOKEN, LINK);

        assertThat(new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1))
                .contains(vn.motcua.print.PrintedForm.PLACE_TO_WRITE + ", ngày 05 tháng 03 năm 2026");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sở Công Thương", "Ủy ban nhân dân huyện Cẩm Xuyên", "Văn phòng Đăng ký đất đai tỉnh Hà Tĩnh",
            "Trung tâm Phục vụ hành chính công tỉnh Hà Tĩnh"})
    void theHeaderNeverLeavesASingleWordOnALineOfItsOwn(String agency) throws Exception {
        byte[] pdf = ReceiptForm.render(set(sampleDossier()), sampleDossier(), agency, "Hà Tĩnh", "Nguyễn Thị Lan", TOKEN, LINK);

        // each header block, read as a citizen reads the printout: line by line
        for (String block : headerBlocks(pdf)) {
            for (String line : block.split("\\R")) {
                assertThat(line.isBlank() || line.strip().contains(" "))
                        .as("a header line of %s holds one word alone: '%s' in%n%s", agency, line, block).isTrue();
            }
        }
    }

    /** The left (agency, unit) and right (national motto) blocks of the header, as text. */
    private static List<String> headerBlocks(byte[] pdf) throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            org.apache.pdfbox.text.PDFTextStripperByArea stripper = new org.apache.pdfbox.text.PDFTextStripperByArea();
            float width = document.getPage(0).getMediaBox().getWidth();
            // A5: the header sits under "Mẫu số 01", above the date line; the left block takes 1/2.25 of the width
            float split = 32 + (width - 64) / 2.25f;
            stripper.addRegion("left", new java.awt.geom.Rectangle2D.Float(30, 30, split - 30, 45));
            stripper.addRegion("right", new java.awt.geom.Rectangle2D.Float(split, 30, width - 30 - split, 30));
            stripper.extractRegions(document.getPage(0));
            return List.of(stripper.getTextForRegion("left"), stripper.getTextForRegion("right"));
        }
    }

    @Test
    void anApologyIssuedBeforeTheDueMomentSaysTheDossierIsAboutToFallDueNotOverdue() throws Exception {
        // given a dossier due Thu 19/3/2026 17:00 apologised for on Wed 18/3
        Dossier dossier = sampleDossier();
        Apology early = new Apology(dossier.dueAt().minusDays(1), "minhtv", "Cần xác minh thêm", dossier.dueAt().plusDays(7));

        String text = new PdfTextExtractor(new PdfReader(DossierForms.apology(set(dossier), dossier, "Sở Công Thương", "Hà Tĩnh", early,
                "Trần Văn Minh"))).getTextFromPage(1);

        assertThat(text).contains("sắp đến hạn", "Mẫu số 04", "Hà Tĩnh, ngày 18 tháng 03 năm 2026").doesNotContain("quá hạn",
                "quá thời hạn");
    }

    @Test
    void anApologyIssuedAfterTheDueMomentSaysTheDossierIsOverdue() throws Exception {
        Dossier dossier = sampleDossier();
        Apology late = new Apology(dossier.dueAt().plusDays(1), "minhtv", "Cần xác minh thêm", dossier.dueAt().plusDays(7));

        String text = new PdfTextExtractor(new PdfReader(DossierForms.apology(set(dossier), dossier, "Sở Công Thương", "Hà Tĩnh", late,
                "Trần Văn Minh"))).getTextFromPage(1);

        assertThat(text).contains("đã quá hạn").doesNotContain("sắp đến hạn");
    }

    @Test
    void aReceiptReprintedAfterAnApologyTellsTheNewReturnMomentToo() throws Exception {
        Dossier dossier = sampleDossier().withNewReturnAt(sampleDossier().dueAt().plusDays(7));

        String text = new PdfTextExtractor(new PdfReader(ReceiptForm.render(set(dossier), dossier, "Sở Công Thương", "Hà Tĩnh",
                "Nguyễn Thị Lan", TOKEN, LINK))).getTextFromPage(1);

        assertThat(text).contains("17 giờ 00 phút, ngày 19/03/2026", "Hẹn lại ngày trả kết quả", "17 giờ 00 phút, ngày 26/03/2026");
    }

    @Test
    void eachPaperCarriesTheNumberOfTheFormSetInForceOnItsReceiptDay() {
        // Circular 03/2025/TT-VPCP from 15/9/2025 inserts form 05: the control sheet and the ledger move up by one
        assertThat(OfficialForm.RECEIPT.number(vn.motcua.law.ShippedRules.RULES.formSetOn(java.time.LocalDate.of(2025, 9, 14)))).isEqualTo("Mẫu số 01");
        assertThat(OfficialForm.LEDGER.number(vn.motcua.law.ShippedRules.RULES.formSetOn(java.time.LocalDate.of(2025, 9, 14)))).isEqualTo("Mẫu số 06");
        assertThat(OfficialForm.LEDGER.number(vn.motcua.law.ShippedRules.RULES.formSetOn(java.time.LocalDate.of(2025, 9, 15)))).isEqualTo("Mẫu số 07");
        assertThat(OfficialForm.CONTROL_SHEET.number(vn.motcua.law.ShippedRules.RULES.formSetOn(java.time.LocalDate.of(2026, 3, 5)))).isEqualTo("Mẫu số 06");
    }

    /** The form set the shipped rules (app.rules.form-set) give a dossier by its receipt day. */
    private static vn.motcua.law.FormSet set(Dossier dossier) {
        return vn.motcua.law.ShippedRules.RULES.formSetOn(DossierForms.receiptDay(dossier));
    }
}
