package vn.motcua.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.calendar.ShippedCalendarMoments.vn;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Every change of a dossier's state is published once, in order, as {@link DossierStateChanged} (README:
 * 'Đồng bộ Cổng Dịch vụ công quốc gia / National Public Service Portal'): a dossier walked through the engine
 * by the demo desk tells the citizen and the portal each step, with the promised and actual moments.
 */
class DossierStateEventsIT extends DeskIT {

    private static final String LIQUOR = "MAU-SCT-RUOU-BB";
    private static final List<String> PAPERS = List.of("DON-DE-NGHI", "GCN-DKDN", "DIA-DIEM", "NHA-CUNG-CAP");
    private static final String AGENCY = "000.00.12.H42";

    @Autowired
    ApplicationEventMulticaster multicaster;
    private final List<DossierStateChanged> published = new CopyOnWriteArrayList<>();
    private final ApplicationListener<PayloadApplicationEvent<?>> recorder = event -> {
        if (event.getPayload() instanceof DossierStateChanged changed) {
            published.add(changed);
        }
    };

    @BeforeEach
    void listen() {
        multicaster.addApplicationListener(recorder);
    }

    @AfterEach
    void stopListening() {
        multicaster.removeApplicationListener(recorder);
    }

    private List<DossierStateChanged> of(String code) {
        return published.stream().filter(event -> event.dossierCode().equals(code)).toList();
    }

    private List<DossierState> statesOf(String code) {
        return of(code).stream().map(DossierStateChanged::state).toList();
    }

    private DossierStateChanged last(String code, DossierState state) {
        return of(code).stream().filter(event -> event.state() == state).reduce((a, b) -> b).orElseThrow();
    }

    private static OffsetDateTime moment(ZonedDateTime vietnam) {
        return vietnam.toOffsetDateTime();
    }

    @Test
    void aResolvedDossierIsSubmittedReceivedProcessedReadyAndReturned() throws Exception {
        // given a complete dossier received Thu 5/3/2026 09:00: ten working days end Thu 19/3 17:00
        String code = desk.submitOk(Desk.dossier(LIQUOR, PAPERS, "COMPLETE")).get("code").asText();

        // when every step is worked
        desk.walkToTheEnd(code);

        // then each change was published once, in order
        assertThat(statesOf(code)).containsExactly(DossierState.SUBMITTED, DossierState.RECEIVED,
                DossierState.PROCESSING, DossierState.RESULT_READY, DossierState.RETURNED);
        DossierStateChanged submitted = of(code).get(0);
        assertThat(submitted.promisedAt()).isNull();
        assertThat(submitted.agencyCode()).isEqualTo(AGENCY);
        assertThat(submitted.procedureCode()).isEqualTo(LIQUOR);
        assertThat(submitted.occurredAt()).isEqualTo(vn(2026, 3, 5, 9, 0).toInstant());
        DossierStateChanged received = last(code, DossierState.RECEIVED);
        assertThat(received.promisedAt()).isEqualTo(moment(vn(2026, 3, 19, 17, 0)));
        assertThat(received.originalDueAt()).isEqualTo(received.promisedAt());
        assertThat(received.actualAt()).isNull();
        DossierStateChanged ready = last(code, DossierState.RESULT_READY);
        assertThat(ready.actualAt()).isNotNull();
        assertThat(last(code, DossierState.RETURNED).actualAt()).isEqualTo(ready.actualAt());
        assertThat(of(code)).allSatisfy(event -> assertThat(event.detail()).isNull());
    }

    @Test
    void aSupplementAfterAppraisalAndAnApologyMoveThePromisedMomentUntilTheCitizenWithdraws() throws Exception {
        String code = desk.submitOk(Desk.dossier(LIQUOR, PAPERS, "COMPLETE")).get("code").asText();
        desk.completeOk(desk.openTask(code), Map.of());

        // when the appraiser asks for a supplement, and the papers arrive on Wed 11/3 14:00
        desk.completeOk(desk.openTask(code), Map.of("appraisalOutcome", "SUPPLEMENT",
                "missingPapers", "Bản sao hợp đồng với nhà cung cấp có chứng thực"));
        at(vn(2026, 3, 11, 14, 0));
        assertThat(desk.api().send(Desk.CLERK, Desk.PASSWORD, HttpMethod.POST, "/api/dossiers/" + code + "/supplement",
                null).getStatusCode()).isEqualTo(HttpStatus.OK);

        // then the request names the papers and the new receipt restarts the promise: Wed 25/3 17:00
        assertThat(last(code, DossierState.SUPPLEMENT_REQUESTED).detail())
                .isEqualTo("Bản sao hợp đồng với nhà cung cấp có chứng thực");
        DossierStateChanged resumed = last(code, DossierState.SUPPLEMENT_RECEIVED);
        assertThat(resumed.promisedAt()).isEqualTo(moment(vn(2026, 3, 25, 17, 0)));

        // when, a working day before it, the unit apologises with a new moment
        at(vn(2026, 3, 24, 17, 1));
        fireDueTimers(code);
        ResponseEntity<String> apology = desk.api().send("minhtv", Desk.PASSWORD, HttpMethod.POST,
                "/api/dossiers/" + code + "/apology",
                Map.of("reason", "Cần xác minh thêm với cơ quan thuế", "newReturnAt", "2026-04-01T17:00"));
        assertThat(apology.getStatusCode()).as(apology.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        // the extension asked for (form 04 of Circular 03/2025) holds once the agency's leader approves it
        desk.approveExtension(code);

        // then the citizen is promised the new moment, the statutory one kept beside it
        DossierStateChanged apologised = last(code, DossierState.APOLOGY_ISSUED);
        assertThat(apologised.promisedAt()).isEqualTo(moment(vn(2026, 4, 1, 17, 0)));
        assertThat(apologised.originalDueAt()).isEqualTo(moment(vn(2026, 3, 25, 17, 0)));
        assertThat(apologised.detail()).isEqualTo("Cần xác minh thêm với cơ quan thuế");

        // when the citizen withdraws
        assertThat(desk.api().send(Desk.CLERK, Desk.PASSWORD, HttpMethod.POST, "/api/dossiers/" + code + "/withdrawal",
                Map.of("reason", "Công dân không còn nhu cầu")).getStatusCode()).isEqualTo(HttpStatus.OK);

        // then the whole life, each change once
        assertThat(statesOf(code)).containsExactly(DossierState.SUBMITTED, DossierState.RECEIVED,
                DossierState.PROCESSING, DossierState.SUPPLEMENT_REQUESTED, DossierState.SUPPLEMENT_RECEIVED,
                DossierState.APOLOGY_ISSUED, DossierState.WITHDRAWN);
        DossierStateChanged withdrawn = last(code, DossierState.WITHDRAWN);
        assertThat(withdrawn.detail()).isEqualTo("Công dân không còn nhu cầu");
        assertThat(withdrawn.promisedAt()).isEqualTo(moment(vn(2026, 4, 1, 17, 0)));
    }

    @Test
    void aDossierRefusedAfterAppraisalIsRefusedThenReturnedWithTheReason() throws Exception {
        String code = desk.submitOk(Desk.dossier(LIQUOR, PAPERS, "COMPLETE")).get("code").asText();
        desk.completeOk(desk.openTask(code), Map.of());
        desk.completeOk(desk.openTask(code), Map.of("appraisalOutcome", "REFUSE",
                "refusalReason", "Địa điểm kinh doanh không đáp ứng điều kiện"));

        desk.walkToTheEnd(code);

        assertThat(statesOf(code)).containsExactly(DossierState.SUBMITTED, DossierState.RECEIVED,
                DossierState.PROCESSING, DossierState.REFUSED, DossierState.RETURNED);
        assertThat(last(code, DossierState.REFUSED).detail()).isEqualTo("Địa điểm kinh doanh không đáp ứng điều kiện");
        assertThat(last(code, DossierState.REFUSED).actualAt()).isNotNull();
        assertThat(last(code, DossierState.RETURNED).detail()).isEqualTo("Địa điểm kinh doanh không đáp ứng điều kiện");
    }

    @Test
    void intakeEndsWithASupplementRequestOrARefusal() throws Exception {
        Map<String, Object> incomplete = Desk.dossier(LIQUOR, List.of("DON-DE-NGHI"), "INCOMPLETE");
        incomplete.put("missingPapers", "Bản sao Giấy chứng nhận đăng ký doanh nghiệp");
        Map<String, Object> ineligible = Desk.dossier(LIQUOR, PAPERS, "INELIGIBLE");
        ineligible.put("refusalReason", "Thủ tục không thuộc thẩm quyền của Sở Công Thương");

        String asked = desk.submitOk(incomplete).get("code").asText();
        String refused = desk.submitOk(ineligible).get("code").asText();

        assertThat(statesOf(asked)).containsExactly(DossierState.SUBMITTED, DossierState.SUPPLEMENT_REQUESTED);
        assertThat(last(asked, DossierState.SUPPLEMENT_REQUESTED).detail())
                .isEqualTo("Bản sao Giấy chứng nhận đăng ký doanh nghiệp");
        assertThat(last(asked, DossierState.SUPPLEMENT_REQUESTED).promisedAt()).isNull();
        assertThat(statesOf(refused)).containsExactly(DossierState.SUBMITTED, DossierState.REFUSED);
        assertThat(last(refused, DossierState.REFUSED).detail()).contains("thẩm quyền");
        assertThat(last(refused, DossierState.REFUSED).actualAt()).isNull();
    }

    @Test
    void aDossierWhoseSupplementNeverComesIsStopped() throws Exception {
        String code = desk.submitOk(Desk.dossier(LIQUOR, PAPERS, "COMPLETE")).get("code").asText();
        desk.completeOk(desk.openTask(code), Map.of());
        desk.completeOk(desk.openTask(code), Map.of("appraisalOutcome", "SUPPLEMENT", "missingPapers", "Đơn đề nghị"));

        // thirty working days later
        at(vn(2026, 4, 22, 10, 0));
        fireDueTimers(code);

        assertThat(statesOf(code)).containsExactly(DossierState.SUBMITTED, DossierState.RECEIVED,
                DossierState.PROCESSING, DossierState.SUPPLEMENT_REQUESTED, DossierState.STOPPED);
        assertThat(last(code, DossierState.STOPPED).detail()).isEqualTo(DossierOutcome.ABANDONED.label());
        assertThat(last(code, DossierState.STOPPED).occurredAt()).isEqualTo(vn(2026, 4, 22, 10, 0).toInstant());
    }

}
