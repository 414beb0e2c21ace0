package vn.motcua.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.browser.TasklistPage.GROUP_TASKS;

import java.io.IOException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import vn.motcua.cases.DossierOutcome;

/**
 * The walk of issue 13 in a real browser (Debian's chromium, headless), against the application on a random
 * port with the demo users and a fresh H2 file under target/browser-walk/: {@code ./mvnw -Pbrowser verify}.
 * Each person signs in by typing and pressing Enter; each step is done through the page a person uses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "app.data-dir=./target/browser-walk/${random.uuid}",
        "app.public.base-url=" + DossierBrowserWalk.PUBLIC_BASE_URL})
@ActiveProfiles("demo")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DossierBrowserWalk {

    /** Where citizens reach the lookup page, as printed in the receipt's QR code. */
    static final String PUBLIC_BASE_URL = "https://dichvucong.example.gov.vn";

    private static final String PROCEDURE = "Cấp Giấy phép bán buôn sản phẩm rượu";
    private static final String APPLICANT = "Trần Thị Mai";
    private static final List<String> PAPERS = List.of("Đơn đề nghị cấp Giấy phép bán buôn sản phẩm rượu",
            "Bản sao Giấy chứng nhận đăng ký doanh nghiệp",
            "Bản sao giấy tờ chứng minh quyền sử dụng địa điểm kinh doanh",
            "Bản sao văn bản giới thiệu, hợp đồng với nhà cung cấp sản phẩm rượu");

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;

    @BeforeEach
    void theApplication() {
        browser.at("http://localhost:" + port);
    }

    @Test
    @Order(1)
    void aDossierGoesFromTheDeskThroughTheDepartmentAndBackToTheCitizen() throws IOException {
        // The clerk receives the dossier at the desk from the start form, and is shown its code and receipt.
        TasklistPage desk = TasklistPage.signIn(browser, "lannt", "Nguyễn Thị Lan");
        assertThat(desk.offersToCreateATask()).as("'Tạo công việc' offered to a clerk, who may not create tasks").isFalse();
        StartForm.StartResult started = desk.startDossier(PROCEDURE)
                .applicant(APPLICANT, "001190012345", "0912345678").papers(PAPERS).complete().submit();
        String code = started.dossierCode();
        assertThat(code).matches("000\\.00\\.12\\.H42-\\d{6}-\\d{4}");
        ReceiptPaper receipt = ReceiptPaper.fetch(browser, started.formLink());
        assertThat(receipt.text()).contains(code).contains(APPLICANT);
        String lookupLink = receipt.qrCode();

        // She hands it to the department, with the scanned application attached.
        TaskForm handover = started.openNextTask("Chuyển hồ sơ cho đơn vị giải quyết");
        assertThat(handover.dossierCode()).isEqualTo(code);
        handover.claim();
        handover.card().attach(DossierCard.samplePdf("don-de-nghi.pdf", "Đơn đề nghị"), PAPERS.get(0));
        handover.receiptHandedOver().complete();

        // The specialist sees the whole dossier on the card, appraises it and attaches the draft.
        TaskForm appraisal = TasklistPage.signIn(browser, "minhtv", "Trần Văn Minh")
                .openTask(GROUP_TASKS, "Thẩm định hồ sơ", code).claim();
        DossierCard card = appraisal.card();
        assertThat(card.dossierCode()).isEqualTo(code);
        assertThat(card.applicant()).contains(APPLICANT);
        assertThat(card.papers()).hasSize(PAPERS.size());
        assertThat(card.files()).anyMatch(file -> file.contains("don-de-nghi.pdf"));
        assertThat(card.showsTheDiagram()).as("the diagram with the current step on the card").isTrue();
        card.attach(DossierCard.samplePdf("du-thao.pdf", "Dự thảo giấy phép"), null);
        appraisal.appraisedAsQualified("Hồ sơ đủ điều kiện; dự thảo giấy phép kèm theo.").complete();

        // The head of the department sends it back with a reason; the specialist reads it and resubmits.
        TasklistPage.signIn(browser, "hoalt", "Lê Thị Hoa").openTask(GROUP_TASKS, "Xem xét dự thảo, trình ký", code)
                .claim().sentBack("Bổ sung căn cứ pháp lý vào dự thảo").complete();
        TaskForm again = TasklistPage.signIn(browser, "minhtv", "Trần Văn Minh")
                .openTask(GROUP_TASKS, "Thẩm định hồ sơ", code).claim();
        assertThat(again.card().steps()).as("the steps so far on the card").contains("Bổ sung căn cứ pháp lý vào dự thảo");
        again.appraisedAsQualified("Đã bổ sung căn cứ pháp lý.").complete();
        TasklistPage.signIn(browser, "hoalt", "Lê Thị Hoa").openTask(GROUP_TASKS, "Xem xét dự thảo, trình ký", code)
                .claim().reviewApproved("Đồng ý dự thảo, trình Giám đốc ký.").complete();

        // The leader signs and attaches the signed result.
        TaskForm signature = TasklistPage.signIn(browser, "namhv", "Hoàng Văn Nam")
                .openTask(GROUP_TASKS, "Ký duyệt kết quả", code).claim();
        signature.card().attach(DossierCard.samplePdf("giay-phep-da-ky.pdf", "Giấy phép đã ký"), null);
        signature.signed("Đồng ý cấp phép.").complete();

        // The desk returns the result, with the result handed over attached.
        TaskForm handBack = TasklistPage.signIn(browser, "lannt", "Nguyễn Thị Lan")
                .openTask(GROUP_TASKS, "Trả kết quả cho tổ chức, công dân", code).claim();
        assertThat(handBack.card().files()).anyMatch(file -> file.contains("giay-phep-da-ky.pdf"));
        handBack.card().attach(DossierCard.samplePdf("ket-qua.pdf", "Giấy phép trả cho tổ chức"), null);
        handBack.resultHandedOver().complete();

        // The citizen scans the receipt's QR code: the lookup page opens with the code and the token.
        assertThat(lookupLink).startsWith(PUBLIC_BASE_URL + "/tra-cuu.html#");
        LookupPage lookup = LookupPage.openFromReceiptLink(browser, lookupLink);
        assertThat(lookup.row("Mã hồ sơ")).isEqualTo(code);
        assertThat(lookup.row("Thủ tục")).isEqualTo(PROCEDURE);
        assertThat(lookup.row("Tình trạng")).isEqualTo(DossierOutcome.RESOLVED.label());
        assertThat(lookup.offersFeedback()).as("the feedback form, offered once the dossier is closed").isTrue();
    }

    @Test
    @Order(2)
    void aManagerSignsInToCockpitWithEnterAndFindsNoButtonHeMayNotUse() {
        // given a dossier received through the API (as the portal sends it), waiting for its handover
        String code = dossierReceivedThroughTheApi();
        // a clerk may not open Cockpit: told so in Vietnamese
        TasklistPage.signIn(browser, "lannt", "Nguyễn Thị Lan");
        browser.open("/camunda/app/cockpit/default/");
        assertThat(browser.withText("body", "Không có quyền truy cập").getText())
                .contains("Tài khoản đang đăng nhập không được dùng trang này");

        // when the manager signs in by typing and pressing Enter
        CockpitPage cockpit = CockpitPage.signIn(browser, "chaudm", "Đỗ Minh Châu");

        // then the dashboard's panel names this month as people write it, and links the dossier
        String month = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh")).getMonthValue() + "/"
                + YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        assertThat(cockpit.overduePanel()).contains("Tỷ lệ đúng hạn tháng " + month).contains(code)
                .doesNotContainPattern("\\b20\\d{2}-\\d{2}\\b");
        cockpit.openDossierFromOverduePanel(code);
        assertThat(cockpit.editButtons()).as("buttons that would change the case, shown to a manager").isEmpty();
        assertThat(cockpit.text()).contains("Mã phiên chạy:").contains("Khoá nghiệp vụ:").contains(code)
                .contains("Mã phân vùng dữ liệu:").doesNotContain("Actions").doesNotContain("tenant")
                .doesNotContainIgnoringCase("phiên bản quy trình").doesNotContain("rỗng");
        // and Tasklist offers him nothing to start or create either
        TasklistPage tasklist = TasklistPage.signIn(browser, "chaudm", "Đỗ Minh Châu");
        assertThat(tasklist.offersToStart()).isFalse();
        assertThat(tasklist.offersToCreateATask()).isFalse();
    }

    @Test
    @Order(3)
    void anAdministratorStillHasTheButtons() {
        String code = dossierReceivedThroughTheApi();

        CockpitPage cockpit = CockpitPage.signIn(browser, "admin", "Quản trị Hệ thống").openDossierFromOverduePanel(code);

        assertThat(cockpit.awaitEditButtons()).contains("Tạm dừng phiên chạy quy trình", "Sửa biến");
        // the variables' last column, written "Actions" in Camunda's template, reads in Vietnamese
        assertThat(cockpit.variablesActionsHeader()).isEqualTo("Thao tác");
    }

    @Test
    @Order(4)
    void theProvincialLeaderComparesTheAgenciesFromCockpit() {
        // given two agencies in the Department of Science and Technology's register, one of them trained and announced
        register("000.00.12.H42", "Sở Công Thương", "2025-06-02");
        register("000.00.15.H42", "Sở Tư pháp", null);

        // when the provincial leader signs in to Cockpit and opens the panel's full page
        ProvincePage province = ProvincePage.signInToCockpit(browser, "vinhnq", "Nguyễn Quang Vinh");
        assertThat(province.cockpitPanel()).contains("Các cơ quan trong tỉnh", "Sở Công Thương", "Sở Tư pháp");
        province.openFullPage();

        // then every agency is there, sortable by name, and an agency's evidence reads in Vietnamese
        assertThat(province.agencies()).contains("Sở Công Thương", "Sở Tư pháp");
        // in Vietnamese order, as the page sorts: Đồng Tiến before Thạch Khê (Đ follows D, not Z)
        assertThat(province.sortBy("Cơ quan").agencies())
                .isSortedAccordingTo(java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi")));
        String detail = province.detailOf("Sở Tư pháp");
        assertThat(detail).contains("tỷ lệ giải quyết đúng hạn 12 tháng", "Công bố Hệ thống quản lý chất lượng", "Chưa công bố");
        browser.keep("province-view");
    }

    private void register(String agency, String name, String announcedOn) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("ngatt", LoginPage.PASSWORD);
        headers.setContentType(MediaType.APPLICATION_JSON);
        Map<String, Object> body = new java.util.HashMap<>(Map.of("agencyName", name, "obligation", "MANDATORY",
                "scope", "Các thủ tục hành chính thuộc thẩm quyền của " + name));
        if (announcedOn != null) {
            body.put("announcedOn", announcedOn);
        }
        ResponseEntity<String> saved = rest.exchange("/api/province/register/" + agency, HttpMethod.PUT, new HttpEntity<>(body, headers),
                String.class);
        assertThat(saved.getStatusCode().is2xxSuccessful()).as(saved.getBody()).isTrue();
    }

    private String dossierReceivedThroughTheApi() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("lannt", LoginPage.PASSWORD);
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<Map> created = rest.exchange("/api/dossiers", HttpMethod.POST, new HttpEntity<>(Map.of(
                "procedureCode", "MAU-SCT-RUOU-BB", "channel", "IN_PERSON",
                "applicant", Map.of("name", "Nguyễn Văn Bảo", "idNumber", "001085012345"),
                "papers", List.of("DON-DE-NGHI", "GCN-DKDN", "DIA-DIEM", "NHA-CUNG-CAP"),
                "intakeOutcome", "COMPLETE"), headers), Map.class);
        assertThat(created.getStatusCode().value()).as("dossier received: " + created.getBody()).isEqualTo(201);
        return (String) created.getBody().get("code");
    }
}
