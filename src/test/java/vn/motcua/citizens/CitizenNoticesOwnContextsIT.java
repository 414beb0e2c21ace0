package vn.motcua.citizens;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.calendar.ShippedCalendarMoments.vn;

import java.net.ServerSocket;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.MotcuaApplication;
import vn.motcua.TestProfiles;
import vn.motcua.cases.Applicant;
import vn.motcua.cases.Channel;
import vn.motcua.cases.Dossier;
import vn.motcua.cases.DossierApologies;
import vn.motcua.cases.DossierService;
import vn.motcua.cases.DossierState;
import vn.motcua.cases.DossierStateChanged;
import vn.motcua.cases.DossierWithdrawal;
import vn.motcua.cases.IntakeOutcome;
import vn.motcua.cases.LookupTokens;
import vn.motcua.cases.NewDossier;

/**
 * The applicant is told by e-mail, through the real engine and a real SMTP server (GreenMail in this JVM):
 * at receipt, supplement request, apology, stop and result, once each, after the commit; an SMTP server
 * down for a while delays a notice, never loses nor doubles it. Its own application: the SMTP server's
 * port is known only once the test runs, and the sender is stopped and started.
 */
class CitizenNoticesOwnContextsIT {

    private static final String LIQUOR = "MAU-SCT-RUOU-BB";
    private static final List<String> PAPERS = List.of("DON-DE-NGHI", "GCN-DKDN", "DIA-DIEM", "NHA-CUNG-CAP");
    private static final String ID_NUMBER = "001085012345";
    private static final String BASE_URL = "https://dichvucong.example.vn";

    private static int smtpPort;
    private static GreenMail smtp;
    private static ConfigurableApplicationContext app;

    private static DossierService dossiers;
    private static TaskService tasks;
    private static RuntimeService runtime;
    private static ManagementService management;
    private static CitizenOutbox outbox;
    private static CitizenDelivery delivery;

    private int addresses;

    @BeforeAll
    static void start() throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            smtpPort = free.getLocalPort();
        }
        smtp = startSmtp();
        app = new SpringApplicationBuilder(MotcuaApplication.class)
                .profiles(new TestProfiles().resolve(CitizenNoticesOwnContextsIT.class))
                .run("--server.port=0", "--camunda.bpm.process-engine-name=citizens",
                        "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
                        "--app.public.base-url=" + BASE_URL,
                        // no poller: a test says when the retries run; a failed attempt is due again at once
                        "--app.citizens.poll-interval=0s", "--app.citizens.first-retry-after=0s");
        dossiers = app.getBean(DossierService.class);
        tasks = app.getBean(TaskService.class);
        runtime = app.getBean(RuntimeService.class);
        management = app.getBean(ManagementService.class);
        outbox = app.getBean(CitizenOutbox.class);
        delivery = app.getBean(CitizenDelivery.class);
    }

    private static GreenMail startSmtp() {
        GreenMail server = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        smtp.stop();
    }

    @BeforeEach
    void thursdayMorning() {
        at(vn(2026, 3, 5, 9, 0));
    }

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void eachOfTheFiveMomentsSendsOneVietnameseEmailToTheAddressGiven() throws Exception {
        // receipt
        String address = newAddress();
        String code = submit(address, IntakeOutcome.COMPLETE, null);
        Dossier dossier = dossiers.find(code).orElseThrow();
        MimeMessage receipt = awaitMails(address, 1).get(0);
        assertThat(receipt.getSubject()).isEqualTo("Hồ sơ " + code + " đã được tiếp nhận");
        assertThat(body(receipt)).contains("Sở Công Thương đã tiếp nhận hồ sơ của ông/bà.", "Mã số hồ sơ: " + code,
                "Thủ tục: Cấp Giấy phép bán buôn sản phẩm rượu", "Thời điểm tiếp nhận: 05/03/2026 09:00",
                "Ngày hẹn trả kết quả: " + CitizenTexts.moment(dossier.dueAt()),
                "Tra cứu tình trạng hồ sơ: " + BASE_URL + "/tra-cuu.html#ma=" + code);
        assertThat(receipt.getFrom()[0].toString()).contains("no-reply@motcua.invalid");

        // supplement request after appraisal
        complete(code, Map.of());
        at(vn(2026, 3, 6, 10, 0));
        complete(code, Map.of("appraisalOutcome", "SUPPLEMENT", "missingPapers", "Bản sao hợp đồng với nhà cung cấp có chứng thực"));
        MimeMessage supplement = awaitMails(address, 2).get(1);
        assertThat(supplement.getSubject()).isEqualTo("Hồ sơ " + code + " cần bổ sung, hoàn thiện");
        assertThat(body(supplement)).contains("Thời điểm yêu cầu bổ sung: 06/03/2026 10:00",
                "Nội dung cần bổ sung, hoàn thiện: Bản sao hợp đồng với nhà cung cấp có chứng thực");

        // the papers arrive: a new receipt, the statutory time counted again
        at(vn(2026, 3, 11, 14, 0));
        dossiers.find(code).ifPresent(d -> app.getBean(vn.motcua.cases.DossierSupplements.class).receive(d));
        MimeMessage again = awaitMails(address, 3).get(2);
        OffsetDateTime due = dossiers.find(code).orElseThrow().dueAt();
        assertThat(again.getSubject()).isEqualTo("Hồ sơ " + code + " đã được tiếp nhận");
        assertThat(body(again)).contains("Thời điểm tiếp nhận: 11/03/2026 14:00",
                "Ngày hẹn trả kết quả: " + CitizenTexts.moment(due));

        // apology with a new date, one working day before the promised moment
        at(due.minusDays(1).plusMinutes(1).toZonedDateTime());
        fireDueTimers(code);
        OffsetDateTime newDue = due.plusDays(7);
        DossierApologies apologies = app.getBean(DossierApologies.class);
        apologies.issue(dossiers.find(code).orElseThrow(), "Cần xác minh với cơ quan thuế", newDue);
        // received in 2026: the extension asked for (form 04 of Circular 03/2025) holds, and is told, once approved
        apologies.decide(dossiers.find(code).orElseThrow(), "APPROVE", null);
        MimeMessage apology = awaitMails(address, 4).get(3);
        assertThat(apology.getSubject()).isEqualTo("Hồ sơ " + code + " xin lỗi và hẹn lại ngày trả kết quả");
        assertThat(body(apology)).contains("Ngày hẹn trả kết quả trước đây: " + CitizenTexts.moment(due),
                "Ngày hẹn trả kết quả mới: " + CitizenTexts.moment(newDue), "Lý do: Cần xác minh với cơ quan thuế");

        // result ready; handing it back tells nothing more
        walkToTheEnd(code);
        List<MimeMessage> all = awaitMails(address, 5);
        MimeMessage result = all.get(4);
        assertThat(result.getSubject()).isEqualTo("Hồ sơ " + code + " đã có kết quả");
        assertThat(body(result)).contains("Mời ông/bà đến nhận kết quả", "Ngày hẹn trả kết quả: " + CitizenTexts.moment(newDue));

        // every one: the agency signs, the lookup link holds no secret token, no ID number anywhere
        String token = app.getBean(LookupTokens.class).of(code);
        for (MimeMessage mail : all) {
            assertThat(body(mail).strip()).endsWith("Sở Công Thương").doesNotContain(token, LookupTokens.printed(token), ID_NUMBER,
                    "Nguyễn Văn Bảo");
            assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString).containsExactly(address);
        }
        assertThat(delivery.deliverDue()).isZero();
        assertThat(mailsTo(address)).hasSize(5);
    }

    @Test
    void aWithdrawalSendsTheStopNotice() throws Exception {
        String address = newAddress();
        String code = submit(address, IntakeOutcome.COMPLETE, null);
        awaitMails(address, 1);

        app.getBean(DossierWithdrawal.class).withdraw(dossiers.find(code).orElseThrow(), "Doanh nghiệp đổi địa điểm kinh doanh");

        MimeMessage stop = awaitMails(address, 2).get(1);
        assertThat(stop.getSubject()).isEqualTo("Hồ sơ " + code + " đã dừng giải quyết");
        assertThat(body(stop)).contains("Thời điểm dừng giải quyết: 05/03/2026 09:00", "rút hồ sơ",
                "Doanh nghiệp đổi địa điểm kinh doanh");
    }

    @Test
    void aCitizenWhoNeverBringsTheSupplementIsToldProcessingStopped() throws Exception {
        String address = newAddress();
        String code = submit(address, IntakeOutcome.COMPLETE, null);
        complete(code, Map.of());
        complete(code, Map.of("appraisalOutcome", "SUPPLEMENT", "missingPapers", "Đơn đề nghị"));
        awaitMails(address, 2);

        // thirty working days later
        at(vn(2026, 4, 22, 10, 0));
        fireDueTimers(code);

        MimeMessage stop = awaitMails(address, 3).get(2);
        assertThat(stop.getSubject()).isEqualTo("Hồ sơ " + code + " đã dừng giải quyết");
        assertThat(body(stop)).contains("Thời điểm dừng giải quyết: 22/04/2026 10:00",
                "Lý do: Ông/bà không bổ sung, hoàn thiện hồ sơ trong thời hạn đã yêu cầu.");
    }

    @Test
    void aSupplementAskedAtIntakeIsSentTooWithoutTheIdNumberTheClerkTyped() throws Exception {
        String address = newAddress();
        String code = submit(address, IntakeOutcome.INCOMPLETE,
                "Bản sao Giấy chứng nhận đăng ký doanh nghiệp; bản sao CCCD số " + ID_NUMBER);

        MimeMessage supplement = awaitMails(address, 1).get(0);
        assertThat(supplement.getSubject()).isEqualTo("Hồ sơ " + code + " cần bổ sung, hoàn thiện");
        assertThat(body(supplement)).contains("Nội dung cần bổ sung, hoàn thiện: Bản sao Giấy chứng nhận đăng ký doanh "
                + "nghiệp; bản sao CCCD số (đã ẩn)").doesNotContain(ID_NUMBER);
    }

    @Test
    void aRefusalSignedAfterAppraisalWaitsAtTheDeskAsAResultOneAtIntakeIsHandedOverThere() throws Exception {
        String address = newAddress();
        String code = submit(address, IntakeOutcome.COMPLETE, null);
        complete(code, Map.of());
        complete(code, Map.of("appraisalOutcome", "REFUSE", "refusalReason", "Địa điểm kinh doanh không đáp ứng điều kiện"));
        walkToTheEnd(code);

        List<MimeMessage> mails = awaitMails(address, 2);
        assertThat(mails.get(1).getSubject()).isEqualTo("Hồ sơ " + code + " đã có kết quả");
        assertThat(body(mails.get(1))).contains("Ghi chú: " + DossierStateNotices.REFUSED);

        String atIntake = dossiers.submit(new NewDossier(LIQUOR, Channel.IN_PERSON, new Applicant("Nguyễn Văn Bảo",
                ID_NUMBER, null, address, null), PAPERS, IntakeOutcome.INELIGIBLE, null, "Không thuộc thẩm quyền"), null).code();
        assertThat(outbox.ofDossier(atIntake)).isEmpty();
    }

    @Test
    void theSameMomentToldTwiceAndTheSenderRestartedSendNothingMore() throws Exception {
        String address = newAddress();
        String code = submit(address, IntakeOutcome.COMPLETE, null);
        awaitMails(address, 1);
        Dossier dossier = dossiers.find(code).orElseThrow();

        // the listener called again with the same change, twice in one transaction
        DossierStateChanged received = new DossierStateChanged(code, DossierState.RECEIVED,
                vn(2026, 3, 5, 9, 0).toInstant(), dossier.dueAt(), dossier.dueAt(), null, dossier.agencyCode(),
                dossier.procedureCode(), null);
        transaction().executeWithoutResult(status -> {
            app.publishEvent(received);
            app.publishEvent(received);
        });
        // the sender stopped and started again, and every attempt asked once more
        delivery.stop();
        delivery.start();
        assertThat(delivery.deliverDue()).isZero();
        outbox.ofDossier(code).forEach(entry -> assertThat(delivery.deliver(entry.id())).isFalse());

        assertThat(outbox.ofDossier(code)).singleElement().satisfies(entry -> {
            assertThat(entry.sentAt()).isNotNull();
            assertThat(entry.attempts()).isOne();
        });
        Thread.sleep(300);
        assertThat(mailsTo(address)).hasSize(1);
    }

    @Test
    void anSmtpServerDownAtFirstDeliversTheMailOnceWhenItIsBack() throws Exception {
        String address = newAddress();
        smtp.stop();
        String code;
        try {
            // the attempt right after the commit fails
            code = submit(address, IntakeOutcome.COMPLETE, null);
            CitizenOutbox.Entry failed = awaitAttempts(code, 1);
            assertThat(failed.sentAt()).isNull();
            assertThat(failed.failedAt()).as("a server down is no reason to give up").isNull();
            assertThat(failed.lastError()).isNotBlank().doesNotContain(address);
            // tried again while it is still down
            delivery.deliverDue();
            assertThat(outbox.ofDossier(code).get(0).attempts()).isEqualTo(2);
        } finally {
            smtp = startSmtp();
        }

        // when it is back, the next round sends it; the rounds after it send nothing more
        assertThat(delivery.deliverDue()).isOne();
        assertThat(delivery.deliverDue()).isZero();
        assertThat(awaitMails(address, 1).get(0).getSubject()).isEqualTo("Hồ sơ " + code + " đã được tiếp nhận");
        Thread.sleep(300);
        assertThat(mailsTo(address)).hasSize(1);
        assertThat(outbox.ofDossier(code).get(0).sentAt()).isNotNull();
    }

    @Test
    void anApplicantWithoutEmailGetsNothingQueued() throws Exception {
        String code = submit(null, IntakeOutcome.COMPLETE, null);
        complete(code, Map.of());

        assertThat(outbox.ofDossier(code)).isEmpty();
    }

    @Test
    void aRolledBackTransactionSendsNothing() throws Exception {
        String address = newAddress();
        String code = submit(address, IntakeOutcome.COMPLETE, null);
        awaitMails(address, 1);
        complete(code, Map.of());
        Task appraisal = openTask(code);

        // the appraiser's supplement request is rolled back with the transaction around it
        transaction().executeWithoutResult(status -> {
            tasks.complete(appraisal.getId(), Map.of("appraisalOutcome", "SUPPLEMENT", "missingPapers", "Đơn đề nghị"));
            assertThat(outbox.ofDossier(code)).hasSize(2);
            status.setRollbackOnly();
        });

        assertThat(openTask(code).getId()).isEqualTo(appraisal.getId());
        assertThat(outbox.ofDossier(code)).hasSize(1);
        assertThat(delivery.deliverDue()).isZero();
        Thread.sleep(300);
        assertThat(mailsTo(address)).hasSize(1);
    }

    // --- the desk, the engine and the mailbox

    private String newAddress() {
        return "cong.dan" + (++addresses) + "." + System.nanoTime() + "@example.vn";
    }

    private static String submit(String email, IntakeOutcome outcome, String missing) {
        Applicant applicant = new Applicant("Nguyễn Văn Bảo", ID_NUMBER, "0912345678", email, "Số 12 đường Trần Phú");
        return dossiers.submit(new NewDossier(LIQUOR, Channel.IN_PERSON, applicant, PAPERS, outcome, missing, null), null)
                .code();
    }

    private static Task openTask(String code) {
        List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(code).list();
        assertThat(open).as("open tasks of %s", code).hasSize(1);
        return open.get(0);
    }

    private static void complete(String code, Map<String, Object> variables) {
        tasks.complete(openTask(code).getId(), variables);
    }

    /** Works every step on the main path until the dossier has no open task. */
    private static void walkToTheEnd(String code) {
        for (int guard = 0; guard < 30 && tasks.createTaskQuery().processInstanceBusinessKey(code).count() > 0; guard++) {
            Task task = openTask(code);
            tasks.complete(task.getId(), switch (task.getTaskDefinitionKey()) {
                case "Task_AppraiseDossier" -> Map.of("appraisalOutcome", "APPROVE", "appraisalNote", "Hồ sơ hợp lệ");
                case "Task_ReturnResult" -> Map.of("returnMethod", "AT_DESK", "resultHandedOver", true);
                case "Task_HandOverDossier" -> Map.of("receiptHandedToApplicant", true);
                default -> Map.of("stepNote", "Đồng ý", "resultSigned", true);
            });
        }
    }

    /** Executes the dossier's due timer jobs, as the job executor would (it is off in tests). */
    private static void fireDueTimers(String code) {
        for (int round = 0; round < 10; round++) {
            List<Job> due = runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).list().stream()
                    .map(ProcessInstance::getId)
                    .flatMap(id -> management.createJobQuery().processInstanceId(id).timers().executable().list().stream())
                    .toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
    }

    private static void at(ZonedDateTime moment) {
        ClockUtil.setCurrentTime(Date.from(moment.toInstant()));
    }

    private static TransactionTemplate transaction() {
        return new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
    }

    private static List<MimeMessage> mailsTo(String address) throws Exception {
        List<MimeMessage> mails = new ArrayList<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            if (Arrays.stream(mail.getAllRecipients()).anyMatch(to -> to.toString().equals(address))) {
                mails.add(mail);
            }
        }
        return mails;
    }

    /** The mails to the address once there are {@code count} (sent after the commit, on another thread). */
    private static List<MimeMessage> awaitMails(String address, int count) throws Exception {
        long until = System.currentTimeMillis() + 15_000;
        List<MimeMessage> mails = mailsTo(address);
        while (mails.size() < count && System.currentTimeMillis() < until) {
            Thread.sleep(50);
            mails = mailsTo(address);
        }
        assertThat(mails).as("e-mails to the applicant").hasSize(count);
        return mails;
    }

    private static CitizenOutbox.Entry awaitAttempts(String code, int attempts) throws Exception {
        long until = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < until) {
            List<CitizenOutbox.Entry> entries = outbox.ofDossier(code);
            if (!entries.isEmpty() && entries.get(0).attempts() >= attempts && entries.get(0).lastError() != null) {
                return entries.get(0);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no failed attempt recorded for " + code);
    }

    private static String body(MimeMessage mail) throws Exception {
        return mail.getContent().toString().replace("\r\n", "\n");
    }
}
