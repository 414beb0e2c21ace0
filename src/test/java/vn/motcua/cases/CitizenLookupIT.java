package vn.motcua.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.calendar.ShippedCalendarMoments.vn;

import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A citizen looks a dossier up by its code and the lookup token of the receipt, without login, and learns
 * nothing personal (CitizenSideIT attacks the lookup without the token).
 */
class CitizenLookupIT extends DeskIT {

    @Test
    void theCitizenSeesStatusUnitAndPromiseButNoPersonalData() throws Exception {
        JsonNode submitted = desk.submitOk(Desk.dossier("MAU-SCT-RUOU-BB", List.of("DON-DE-NGHI", "GCN-DKDN", "DIA-DIEM", "NHA-CUNG-CAP"), "COMPLETE"));
        String code = submitted.get("code").asText();
        desk.handOver(code);
        HttpHeaders token = new HttpHeaders();
        token.set("X-Lookup-Token", submitted.get("lookupToken").asText());

        ResponseEntity<String> response = rest.exchange("/api/public/dossiers/" + code, HttpMethod.GET,
                new HttpEntity<>(token), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode dossier = json.readTree(response.getBody());
        assertThat(dossier.get("procedure").asText()).isEqualTo("Cấp Giấy phép bán buôn sản phẩm rượu");
        assertThat(dossier.get("status").asText()).isEqualTo("Đang giải quyết");
        assertThat(dossier.get("currentUnits").get(0).asText()).isEqualTo("Sở Công Thương – Phòng Quản lý Thương mại");
        assertThat(dossier.get("promisedReturnAt").asText()).isEqualTo("2026-03-19T17:00:00+07:00");
        assertThat(dossier.get("onTimeSoFar").asBoolean()).isTrue();
        assertThat(response.getBody()).doesNotContain("Nguyễn Văn Bảo", "001085012345", "0912345678", "minhtv", "lannt");
    }

    private static final String HOUSEHOLD = "MAU-XA-HKD";
    private static final List<String> HOUSEHOLD_PAPERS = List.of("GIAY-DE-NGHI", "GIAY-TO-PHAP-LY");

    private JsonNode lookUp(JsonNode submitted) throws Exception {
        HttpHeaders token = new HttpHeaders();
        token.set("X-Lookup-Token", submitted.get("lookupToken").asText());
        ResponseEntity<String> response = rest.exchange("/api/public/dossiers/" + submitted.get("code").asText(),
                HttpMethod.GET, new HttpEntity<>(token), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    /** A household registration received Thu 5/3/2026 09:00: three working days, due Tue 10/3 17:00. */
    private JsonNode household() throws Exception {
        return desk.submitOk(Desk.dossier(HOUSEHOLD, HOUSEHOLD_PAPERS, "COMPLETE"));
    }

    private static void at(int day, int hour) {
        ClockUtil.setCurrentTime(Date.from(vn(2026, 3, day, hour, 0).toInstant()));
    }

    @Test
    void aResultReadyBeforeTheDueDayShowsEarlyAsTruocHan() throws Exception {
        JsonNode submitted = household();
        assertThat(lookUp(submitted).get("timelinessLabel").asText()).isEqualTo("Trong hạn");

        desk.walkToTheEnd(submitted.get("code").asText());

        JsonNode dossier = lookUp(submitted);
        assertThat(dossier.get("timeliness").asText()).isEqualTo("EARLY");
        assertThat(dossier.get("timelinessLabel").asText()).isEqualTo("Trước hạn");
    }

    @Test
    void aResultReadyOnTheDueDayShowsOnTimeAsDungHan() throws Exception {
        JsonNode submitted = household();
        at(10, 10);

        desk.walkToTheEnd(submitted.get("code").asText());

        assertThat(lookUp(submitted).get("timelinessLabel").asText()).isEqualTo("Đúng hạn");
    }

    @Test
    void aResultReadyAfterTheDueMomentShowsLateAsQuaHan() throws Exception {
        JsonNode submitted = household();
        at(11, 10);
        assertThat(lookUp(submitted).get("timelinessLabel").asText()).as("overdue, still open").isEqualTo("Quá hạn");

        desk.walkToTheEnd(submitted.get("code").asText());

        JsonNode dossier = lookUp(submitted);
        assertThat(dossier.get("timeliness").asText()).isEqualTo("LATE");
        assertThat(dossier.get("timelinessLabel").asText()).isEqualTo("Quá hạn");
    }

    @Test
    void whileASupplementIsAwaitedTheCitizenReadsWhichPapersToBring() throws Exception {
        // given the appraiser asks for a supplement
        JsonNode submitted = household();
        String code = submitted.get("code").asText();
        desk.handOver(code);
        desk.completeOk(desk.openTask(code), java.util.Map.of("appraisalOutcome", "SUPPLEMENT",
                "missingPapers", "Bản sao Căn cước công dân của chủ hộ có chứng thực"));

        // then the lookup says what to bring
        JsonNode waiting = lookUp(submitted);
        assertThat(waiting.get("status").asText()).isEqualTo("Chờ bổ sung hồ sơ");
        assertThat(waiting.get("papersToBring").asText()).isEqualTo("Bản sao Căn cước công dân của chủ hộ có chứng thực");

        // and once the papers are brought, nothing is asked any more
        assertThat(desk.api().send(desk.clerkOf(code), Desk.PASSWORD, HttpMethod.POST, "/api/dossiers/" + code + "/supplement",
                null).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(lookUp(submitted).get("papersToBring").isNull()).isTrue();
    }

    @Test
    void aDossierSentBackAtTheDeskForPapersSaysWhichOnes() throws Exception {
        java.util.Map<String, Object> body = Desk.dossier(HOUSEHOLD, List.of("GIAY-DE-NGHI"), "INCOMPLETE");
        body.put("missingPapers", "Bản sao giấy tờ pháp lý của các thành viên hộ gia đình");

        JsonNode dossier = lookUp(desk.submitOk(body));

        assertThat(dossier.get("papersToBring").asText()).isEqualTo("Bản sao giấy tờ pháp lý của các thành viên hộ gia đình");
    }

    @Test
    void unknownAndMalformedCodesGetTheSameAnswer() {
        ResponseEntity<String> unknown = rest.getForEntity("/api/public/dossiers/000.00.12.H42-260305-9999", String.class);
        ResponseEntity<String> malformed = rest.getForEntity("/api/public/dossiers/' or 1=1 --", String.class);

        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(malformed.getBody()).isEqualTo(unknown.getBody());
    }

    @Test
    void theLookupPageNeedsNoLogin() {
        ResponseEntity<String> page = rest.getForEntity("/tra-cuu.html", String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("Tra cứu tình trạng hồ sơ", "Mã tra cứu");
    }
}
