package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.Api;
import vn.motcua.MotcuaIT;
import vn.motcua.web.PublicRateLimits;

/**
 * The citizen side, attacked by someone without login who guesses dossier codes (they are sequential):
 * the code alone tells the status only, the details and the single rating need the secret lookup token
 * printed on the receipt, a rating is taken once and only for a closed dossier, and the per-client limit
 * cannot be dodged with a forged X-Forwarded-For. Every refusal is a JSON problem and changes nothing.
 */
@MotcuaIT
class CitizenSideIT {

    private static final String CLERK = "lannt";
    private static final String MANAGER = "chaudm";
    private static final String PASSWORD = "demo";
    private static final String LIQUOR = "MAU-SCT-RUOU-BB";
    private static final String UNKNOWN = "000.00.12.H42-260305-9999";
    /** Well formed, but nobody's. */
    private static final String GUESSED_TOKEN = "0000-0000-0000-0000-0000";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    private Api api;

    @BeforeEach
    void openTheDesk() {
        api = new Api(rest);
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 3, 5, 9, 0, 0, 0, ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
        // every test client is 127.0.0.1: start from a fresh public budget, and leave one
        PublicRateLimits.forgetAll(context);
    }

    @AfterEach
    void closeTheDesk() {
        ClockUtil.reset();
        PublicRateLimits.forgetAll(context);
    }

    // --- the token: given to the desk, printed on the receipt, shown to no other staff

    @Test
    void theDeskGetsTheTokenOnceAndTheDossierViewNeverShowsIt() throws Exception {
        JsonNode submitted = submit("COMPLETE");
        String token = submitted.get("lookupToken").asText();

        assertThat(token).matches("[0-9A-HJKMNP-TV-Z]{20}");
        for (String reader : List.of(CLERK, MANAGER)) {
            ResponseEntity<String> view = api.get(reader, PASSWORD, "/api/dossiers/" + submitted.get("code").asText());
            assertThat(view.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(view.getBody()).as(reader).doesNotContain(token);
        }
    }

    @Test
    void onlyTheDesksReceiptCarriesTheToken() throws Exception {
        JsonNode submitted = submit("COMPLETE");
        String code = submitted.get("code").asText();
        String printed = String.join("-", submitted.get("lookupToken").asText().split("(?<=\\G.{4})"));

        assertThat(receiptText(CLERK, code)).contains(code, "Mã tra cứu: " + printed);
        assertThat(receiptText(MANAGER, code)).contains(code).doesNotContain("Mã tra cứu", printed);
    }

    @Test
    void aDossierRegisteredBeforeTokensGetsOneWhenTheDeskReprintsItsReceipt() throws Exception {
        String code = submit("COMPLETE").get("code").asText();
        jdbc.sql("update motcua_dossier set lookup_token = null where code = :code").param("code", code).update();
        assertThat(lookup(code, GUESSED_TOKEN).getBody()).isEqualTo(lookup(code, null).getBody());

        String receipt = receiptText(CLERK, code);

        String token = jdbc.sql("select lookup_token from motcua_dossier where code = :code").param("code", code)
                .query(String.class).single();
        assertThat(receipt).contains("Mã tra cứu: " + String.join("-", token.split("(?<=\\G.{4})")));
        assertThat(json.readTree(lookup(code, token).getBody()).has("procedure")).isTrue();
    }

    // --- the lookup: status by the code alone, details with the token

    @Test
    void aGuessedCodeTellsTheStatusOnly() throws Exception {
        String code = submit("COMPLETE").get("code").asText();

        ResponseEntity<String> guessed = lookup(code, null);

        assertThat(guessed.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode answer = json.readTree(guessed.getBody());
        assertThat(answer.properties()).extracting(Map.Entry::getKey).containsExactlyInAnyOrder("code", "status");
        assertThat(answer.get("status").asText()).isEqualTo("Đang giải quyết");
    }

    @Test
    void aGuessedOrMalformedTokenGetsTheSameAnswerAsTheCodeAlone() {
        String code = submit("COMPLETE").get("code").asText();
        String codeAlone = lookup(code, null).getBody();

        for (String token : List.of(GUESSED_TOKEN, "ZZZZ", "' or 1=1 --", "x".repeat(5000))) {
            ResponseEntity<String> guessed = lookup(code, token);
            assertThat(guessed.getStatusCode()).as(token).isEqualTo(HttpStatus.OK);
            assertThat(guessed.getBody()).as(token).isEqualTo(codeAlone);
        }
    }

    @Test
    void theReceiptsTokenShowsTheDetailsButNoPersonalData() throws Exception {
        JsonNode submitted = submit("COMPLETE");
        String code = submitted.get("code").asText();
        String token = submitted.get("lookupToken").asText();
        // as typed from paper: lower case, in groups, an O for a zero
        String typed = String.join(" - ", token.toLowerCase().split("(?<=\\G.{4})")).replace('0', 'o');

        for (String given : List.of(token, typed)) {
            ResponseEntity<String> response = lookup(code, given);
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
            JsonNode dossier = json.readTree(response.getBody());
            assertThat(dossier.get("procedure").asText()).as(given).isEqualTo("Cấp Giấy phép bán buôn sản phẩm rượu");
            assertThat(dossier.get("promisedReturnAt").asText()).isNotBlank();
            assertThat(dossier.get("closed").asBoolean()).isFalse();
            assertThat(dossier.get("feedbackGiven").asBoolean()).isFalse();
            assertThat(response.getBody()).doesNotContain("Nguyễn Văn Bảo", "001085012345", "0912345678", CLERK, token);
        }
    }

    @Test
    void anUnknownCodeGetsTheSame404WithOrWithoutAToken() throws Exception {
        ResponseEntity<String> unknown = lookup(UNKNOWN, null);
        ResponseEntity<String> unknownWithToken = lookup(UNKNOWN, GUESSED_TOKEN);

        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertProblem(unknown, 404);
        assertThat(unknownWithToken.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknownWithToken.getBody()).isEqualTo(unknown.getBody());
    }

    // --- feedback: with the token, on a closed dossier, once

    @Test
    void aRatingWithoutTheTokenIsRefusedAsIfTheCodeWereUnknownAndNothingIsStored() throws Exception {
        JsonNode closed = submitClosed();
        String code = closed.get("code").asText();
        ResponseEntity<String> unknown = rate(UNKNOWN, GUESSED_TOKEN, "DISSATISFIED");

        for (String token : new String[] {null, "", GUESSED_TOKEN, "not-a-token"}) {
            ResponseEntity<String> attack = rate(code, token, "DISSATISFIED");
            assertThat(attack.getStatusCode()).as(token).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(attack.getBody()).as(token).isEqualTo(unknown.getBody());
        }
        assertProblem(unknown, 404);
        assertThat(storedRatings(code)).isEmpty();

        // the citizen, who holds the receipt, still gives the dossier's one rating
        assertThat(rate(code, closed.get("lookupToken").asText(), "SATISFIED").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(storedRatings(code)).containsExactly("SATISFIED");
    }

    @Test
    void aRatingOfAnOpenDossierIsRefusedWith409AndNothingIsStored() throws Exception {
        JsonNode open = submit("COMPLETE");
        String code = open.get("code").asText();

        ResponseEntity<String> early = rate(code, open.get("lookupToken").asText(), "DISSATISFIED");

        assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertProblem(early, 409);
        assertThat(json.readTree(early.getBody()).get("detail").asText()).startsWith("Hồ sơ chưa kết thúc");
        assertThat(storedRatings(code)).isEmpty();
    }

    @Test
    void aSecondRatingIsRefusedWith409AndTheFirstStays() throws Exception {
        JsonNode closed = submitClosed();
        String code = closed.get("code").asText();
        String token = closed.get("lookupToken").asText();
        assertThat(rate(code, token, "NEUTRAL").getStatusCode()).isEqualTo(HttpStatus.CREATED);

        ResponseEntity<String> again = rate(code, token, "DISSATISFIED");

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertProblem(again, 409);
        assertThat(json.readTree(again.getBody()).get("detail").asText()).isEqualTo("Hồ sơ này đã được đánh giá.");
        assertThat(storedRatings(code)).containsExactly("NEUTRAL");
        assertThat(json.readTree(lookup(code, token).getBody()).get("feedbackGiven").asBoolean()).isTrue();
    }

    @Test
    void aBadRatingWithTheTokenIs400AndNothingIsStored() throws Exception {
        JsonNode closed = submitClosed();
        String code = closed.get("code").asText();

        ResponseEntity<String> bad = rate(code, closed.get("lookupToken").asText(), "SO-SO");

        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertProblem(bad, 400);
        assertThat(storedRatings(code)).isEmpty();
    }

    // --- rate limits: keyed on the connection's address, not on a header the client writes

    @Test
    void aForgedForwardedForDoesNotMakeANewClient() throws Exception {
        // the default (server.forward-headers-strategy: none): the client is the connection's address
        String code = submit("COMPLETE").get("code").asText();
        PublicRateLimits.awaitWindowWithSecondsLeft(20);
        int answered = 0;
        ResponseEntity<String> last = null;
        for (int attempt = 0; attempt < 40; attempt++) {
            last = lookupFrom("203.0.113." + attempt, code);
            if (last.getStatusCode() == HttpStatus.TOO_MANY_REQUESTS) {
                break;
            }
            answered++;
        }

        assertThat(answered).isEqualTo(30);
        assertProblem(last, 429);
        assertThat(last.getHeaders().getFirst("Retry-After")).isEqualTo("60");
        assertThat(lookupFrom("198.51.100.7", code).getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    }

    @Test
    void guessingTokensIsStoppedByTheSameLimitAndStoresNothing() throws Exception {
        JsonNode closed = submitClosed();
        String code = closed.get("code").asText();
        PublicRateLimits.forgetAll(context); // the lookup that checked the dossier is closed
        PublicRateLimits.awaitWindowWithSecondsLeft(20);
        int refused = 0;
        ResponseEntity<String> last = null;
        for (int attempt = 0; attempt < 40; attempt++) {
            last = rate(code, String.format("%020d", attempt), "DISSATISFIED");
            if (last.getStatusCode() == HttpStatus.TOO_MANY_REQUESTS) {
                break;
            }
            assertThat(last.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            refused++;
        }

        assertThat(refused).isEqualTo(30);
        assertProblem(last, 429);
        // the limit holds for the right token too (the client is the address, whoever it is)
        assertThat(rate(code, closed.get("lookupToken").asText(), "SATISFIED").getStatusCode())
                .isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(storedRatings(code)).isEmpty();
    }

    // --- helpers

    private JsonNode submit(String intakeOutcome) {
        Map<String, Object> body = new HashMap<>();
        body.put("procedureCode", LIQUOR);
        body.put("channel", "IN_PERSON");
        body.put("applicant", Map.of("name", "Nguyễn Văn Bảo", "idNumber", "001085012345", "phone", "0912345678"));
        body.put("papers", List.of("DON-DE-NGHI", "GCN-DKDN", "DIA-DIEM", "NHA-CUNG-CAP"));
        body.put("intakeOutcome", intakeOutcome);
        if ("INELIGIBLE".equals(intakeOutcome)) {
            body.put("refusalReason", "Địa điểm kinh doanh nằm ngoài địa bàn tỉnh");
        }
        ResponseEntity<String> response = api.send(CLERK, PASSWORD, HttpMethod.POST, "/api/dossiers", body);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        try {
            return json.readTree(response.getBody());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** A dossier refused at intake: closed at once, so its citizen may rate it. */
    private JsonNode submitClosed() throws Exception {
        JsonNode submitted = submit("INELIGIBLE");
        JsonNode status = json.readTree(lookup(submitted.get("code").asText(), submitted.get("lookupToken").asText()).getBody());
        assertThat(status.get("closed").asBoolean()).isTrue();
        return submitted;
    }

    private ResponseEntity<String> lookup(String code, String token) {
        HttpHeaders headers = new HttpHeaders();
        if (token != null) {
            headers.set("X-Lookup-Token", token);
        }
        return rest.exchange("/api/public/dossiers/" + code, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private ResponseEntity<String> lookupFrom(String forgedClient, String code) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Forwarded-For", forgedClient);
        headers.set("X-Real-IP", forgedClient);
        headers.set("Forwarded", "for=" + forgedClient);
        return rest.exchange("/api/public/dossiers/" + code, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private ResponseEntity<String> rate(String code, String token, String rating) {
        Map<String, Object> body = new HashMap<>();
        body.put("token", token);
        body.put("rating", rating);
        body.put("comment", "Đánh giá thử");
        return api.send(null, null, HttpMethod.POST, "/api/public/dossiers/" + code + "/feedback", body);
    }

    private List<String> storedRatings(String code) {
        return jdbc.sql("select rating from motcua_feedback where dossier_code = :code").param("code", code)
                .query(String.class).list();
    }

    private String receiptText(String user, String code) throws Exception {
        ResponseEntity<byte[]> pdf = api.bytes(user, PASSWORD, "/api/dossiers/" + code + "/receipt.pdf");
        assertThat(pdf.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
        try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private void assertProblem(ResponseEntity<String> response, int status) throws Exception {
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as(response.getBody()).isTrue();
        assertThat(json.readTree(response.getBody()).get("status").asInt()).isEqualTo(status);
    }
}
