package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;

import vn.motcua.Api;
import vn.motcua.MotcuaIT;

/**
 * Bad input gets a 4xx JSON problem naming what is wrong, and changes nothing: texts longer than their
 * column, dates outside 2000–2100 and periods over five years, bodies over their cap, unpaged engine
 * queries. Each test is the attacker's request, then the answer, then the data as it was.
 */
@MotcuaIT
@ExtendWith(OutputCaptureExtension.class)
class BadInputIT {

    private static final String CLERK = "lannt";
    private static final String MODELLER = "tungnt";
    private static final String ISO_SECRETARY = "trangdt";
    private static final String DEMO = "demo";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RepositoryService repositoryService;
    @LocalServerPort
    int port;

    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
    }

    private static Map<String, Object> dossier(Map<String, Object> applicant) {
        Map<String, Object> body = new HashMap<>();
        body.put("procedureCode", "MAU-XA-HKD");
        body.put("decidingAgency", "000.31.20.H42");
        body.put("channel", "IN_PERSON");
        body.put("applicant", applicant);
        body.put("papers", List.of("GIAY-DE-NGHI", "GIAY-TO-PHAP-LY"));
        body.put("intakeOutcome", "COMPLETE");
        return body;
    }

    private static Map<String, Object> applicant(String email, String address) {
        Map<String, Object> applicant = new HashMap<>();
        applicant.put("name", "Nguyễn Văn Bảo");
        applicant.put("idNumber", "001085012345");
        applicant.put("email", email);
        applicant.put("address", address);
        return applicant;
    }

    private long dossiers() {
        return jdbc.sql("select count(*) from motcua_dossier").query(Long.class).single();
    }

    /** The fields a 400 names, after checking it is a JSON problem. */
    private List<String> fieldsOf400(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        List<String> fields = new java.util.ArrayList<>();
        problem.path("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }

    private static void assertNothingLoggedAtErrorNorTheValue(CapturedOutput output, String value) {
        assertThat(output.getAll()).doesNotContain(value);
        assertThat(output.getAll().lines().filter(line -> line.contains(" ERROR ")).toList()).isEmpty();
    }

    @Test
    void aValueOfTheWrongTypeNamesItsFieldNotTheServersClasses() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(CLERK, DEMO);
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        ResponseEntity<String> response = rest.exchange("/api/dossiers", org.springframework.http.HttpMethod.POST,
                new org.springframework.http.HttpEntity<>("{\"procedureCode\": \"MAU-SCT-RUOU-BB\", \"papers\": \"x\"}", headers),
                String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody()).contains("'papers'").doesNotContain("java.").doesNotContain("Cannot");

        // the whole body of the wrong type: no class of the server's named either
        for (String body : List.of("[]", "\"x\"", "42")) {
            ResponseEntity<String> wrong = rest.exchange("/api/dossiers", org.springframework.http.HttpMethod.POST,
                    new org.springframework.http.HttpEntity<>(body, headers), String.class);
            assertThat(wrong.getStatusCode().value()).as(body).isEqualTo(400);
            assertThat(wrong.getBody()).as(body).contains("đối tượng JSON").doesNotContain("vn.motcua")
                    .doesNotContain("Cannot");
        }
    }

    @Test
    void aPathWithAnEncodedFirstSegmentIsA400NotA500(CapturedOutput output) {
        // given the attacker's path: /%65ngine-rest reads as /engine-rest to the servlet, not to the guards
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(CLERK, DEMO);
        for (String path : List.of("/%65ngine-rest/task?maxResults=1", "/x/../engine-rest/task?maxResults=1")) {
            ResponseEntity<String> response = rest.exchange(java.net.URI.create("http://localhost:" + port + path),
                    HttpMethod.GET, new HttpEntity<>(headers), String.class);

            // then a JSON 400, and no stack trace in the log
            assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(response.getBody()).as(path).contains("\"status\":400");
        }
        assertThat(output.getAll()).doesNotContain("Invalid contextPath");
    }

    @Test
    void aPathParameterOrAPageThatIsNoWholeNumberIsA400ProblemNotA500(CapturedOutput output) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(CLERK, DEMO);
        for (String path : List.of("/engine-rest;/user?maxResults=5", "/api/dossiers/000.00.12.H42-260305-0001;x=1",
                "/engine-rest/task?maxResults=10&firstResult=-5", "/engine-rest/task?maxResults=99999999999",
                "/engine-rest/task?maxResults=abc", "/camunda/api/engine/engine/default/task?firstResult=-1")) {
            ResponseEntity<String> response = rest.exchange(java.net.URI.create("http://localhost:" + port + path),
                    HttpMethod.GET, new HttpEntity<>(headers), String.class);

            assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(response.getHeaders().getContentType().toString()).as(path).contains("problem+json");
            assertThat(response.getBody()).as(path).contains("\"status\":400");
        }
        assertThat(output.getOut()).doesNotContain("ProcessEnginePersistenceException", "\tat org.");
        // a page in range still answers
        ResponseEntity<String> page = rest.exchange("/engine-rest/task?maxResults=10&firstResult=0", HttpMethod.GET,
                new HttpEntity<>(headers), String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void theSameApplicantRulesHoldWhenAProcedureIsStartedThroughCamundasRestApi(CapturedOutput output)
            throws Exception {
        // given a clerk who skips /api/dossiers and starts the procedure as Tasklist's start form would
        String idNumber = "1".repeat(40);
        String email = "a".repeat(150) + "!";
        long before = dossiers();
        Map<String, Object> variables = Map.of(
                "applicantName", Map.of("value", "Trần Thị Thử"),
                "applicantIdNumber", Map.of("value", idNumber),
                "applicantEmail", Map.of("value", email),
                "channel", Map.of("value", "IN_PERSON"),
                "papers", Map.of("value", "GIAY-DE-NGHI,GIAY-TO-PHAP-LY"),
                "intakeOutcome", Map.of("value", "COMPLETE"));

        ResponseEntity<String> response = api.send(CLERK, DEMO, HttpMethod.POST,
                "/engine-rest/process-definition/key/BusinessHouseholdRegistrationProcess/start",
                Map.of("variables", variables));

        // then 400 naming both variables, no SQL, no value in the answer or the log, no dossier
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("applicantIdNumber").contains("applicantEmail")
                .doesNotContain(idNumber).doesNotContain(email).doesNotContainIgnoringCase("insert into");
        assertThat(output.getAll()).doesNotContain(idNumber).doesNotContain(email);
        assertThat(dossiers()).isEqualTo(before);
    }

    @Test
    void aTooLongEmailAndAddressAreNamedIn400AndNeitherStoredNorLogged(CapturedOutput output) throws Exception {
        // given an e-mail of 250 and an address of 750 characters (500s before, with the value in the log)
        String email = "b".repeat(238) + "@example.vn";
        String address = "Số 12 đường Trần Phú ".repeat(36);
        long before = dossiers();

        ResponseEntity<String> response = api.send(CLERK, DEMO, HttpMethod.POST, "/api/dossiers",
                dossier(applicant(email, address)));

        assertThat(fieldsOf400(response)).containsExactlyInAnyOrder("applicant.email", "applicant.address");
        assertThat(response.getBody()).doesNotContain(email).doesNotContain(address);
        assertThat(dossiers()).isEqualTo(before);
        assertNothingLoggedAtErrorNorTheValue(output, email);
    }

    @Test
    void aLineBreakInTheApplicantsNameIsRefused() throws Exception {
        Map<String, Object> applicant = applicant(null, null);
        applicant.put("name", "Nguyễn Văn Bảo\r\n2026-03-05 ERROR forged log line");
        long before = dossiers();

        assertThat(fieldsOf400(api.send(CLERK, DEMO, HttpMethod.POST, "/api/dossiers", dossier(applicant))))
                .containsExactly("applicant.name");
        assertThat(dossiers()).isEqualTo(before);
    }

    @Test
    void aFortyThousandCharacterEmailFromSomeoneWhoMayNotSubmitGets403Unread() throws Exception {
        String email = "a@" + "a.".repeat(20_000) + " ";
        long before = dossiers();
        long start = System.nanoTime();

        // a specialist may start no procedure: refused before the body is looked at
        ResponseEntity<String> specialist = api.send("speca", "secret", HttpMethod.POST, "/api/dossiers",
                dossier(applicant(email, null)));
        // the desk may: the e-mail is refused on its length, without running any pattern over it
        ResponseEntity<String> clerk = api.send(CLERK, DEMO, HttpMethod.POST, "/api/dossiers", dossier(applicant(email, null)));

        assertThat(specialist.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(json.readTree(specialist.getBody()).get("status").asInt()).isEqualTo(403);
        assertThat(fieldsOf400(clerk)).containsExactly("applicant.email");
        // the former pattern took 16 s of CPU on this input; generous for a loaded build machine
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(5));
        assertThat(dossiers()).isEqualTo(before);
    }

    @Test
    void aTooLongWithdrawalReasonIsRefusedAndTheDossierStaysOpen() throws Exception {
        ResponseEntity<String> submitted = api.send(CLERK, DEMO, HttpMethod.POST, "/api/dossiers",
                dossier(applicant("bao.nguyen@example.vn", "Số 12 đường Trần Phú")));
        assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String code = json.readTree(submitted.getBody()).get("code").asText();

        ResponseEntity<String> response = api.send(CLERK, DEMO, HttpMethod.POST, "/api/dossiers/" + code + "/withdrawal",
                Map.of("reason", "x".repeat(4001)));

        assertThat(fieldsOf400(response)).containsExactly("reason");
        assertThat(json.readTree(api.get(CLERK, DEMO, "/api/dossiers/" + code).getBody()).get("status").asText())
                .isEqualTo("IN_PROGRESS");
    }

    @Test
    void farFutureDatesAnswer400NamingTheParameter() throws Exception {
        // 500s before: the calendar overflowed
        assertThat(fieldsOf400(api.get(CLERK, DEMO, "/api/calendar/deadline?receivedAt=9999-12-31T10:00&workingDays=1")))
                .containsExactly("receivedAt");
        assertThat(fieldsOf400(api.get(CLERK, DEMO,
                "/api/calendar/deadline?receivedAt=%2B999999999-12-31T10:00&workingDays=1"))).containsExactly("receivedAt");
        assertThat(fieldsOf400(api.get(CLERK, DEMO,
                "/api/calendar/step-deadline?startAt=2026-03-05T10:00&workingDays=1&notAfter=1999-12-31T10:00")))
                .containsExactly("notAfter");
        assertThat(fieldsOf400(api.get("boss", "secret",
                "/api/reports/late-dossiers?from=2026-01-01&to=%2B999999999-12-31"))).containsExactly("to");
        assertThat(fieldsOf400(api.get("boss", "secret", "/api/reports/on-time?from=1999-12-31&to=2026-01-01")))
                .containsExactly("from");
    }

    @Test
    void workingTimeAndReportsCoverAtMostFiveYears() throws Exception {
        // the working time was counted day by day over any range
        assertThat(fieldsOf400(api.get(CLERK, DEMO, "/api/calendar/working-time?from=2000-01-01T08:00&to=2100-12-31T08:00")))
                .containsExactly("to");
        assertThat(fieldsOf400(api.get("boss", "secret", "/api/reports/on-time?from=2020-01-01&to=2026-01-02")))
                .containsExactly("to");
        assertThat(api.get(CLERK, DEMO, "/api/calendar/working-time?from=2026-01-01T08:00&to=2030-12-31T08:00")
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void calendarChangesOutOfRangeOrTooLongChangeNothing() throws Exception {
        String before = api.get("testadmin", "admin-secret", "/api/calendar/2030").getBody();

        ResponseEntity<String> longReason = api.send("testadmin", "admin-secret", HttpMethod.PUT,
                "/api/calendar/days/2030-06-04", Map.of("kind", "CLOSURE", "reason", "Bão ".repeat(200)));
        ResponseEntity<String> farYear = api.send("testadmin", "admin-secret", HttpMethod.PUT, "/api/calendar/9999",
                Map.of("days", List.of()));

        assertThat(fieldsOf400(longReason)).containsExactly("reason");
        assertThat(fieldsOf400(farYear)).containsExactly("year");
        assertThat(api.get("testadmin", "admin-secret", "/api/calendar/2030").getBody()).isEqualTo(before);
    }

    @Test
    void theDemoClockCannotBeSentToTheYear9999() throws Exception {
        String before = json.readTree(api.get("testadmin", "admin-secret", "/api/admin/clock").getBody()).get("now").asText();

        ResponseEntity<String> response = api.send("testadmin", "admin-secret", HttpMethod.PUT, "/api/admin/clock",
                Map.of("now", "9999-01-01T08:00"));

        assertThat(fieldsOf400(response)).containsExactly("now");
        String after = json.readTree(api.get("testadmin", "admin-secret", "/api/admin/clock").getBody()).get("now").asText();
        assertThat(after.substring(0, 4)).isEqualTo(before.substring(0, 4));
    }

    @Test
    void qualityRecordsWithTooLongCodesAreRefused() throws Exception {
        long nonconformities = jdbc.sql("select count(*) from motcua_nonconformity").query(Long.class).single();
        long risks = jdbc.sql("select count(*) from motcua_risk").query(Long.class).single();

        ResponseEntity<String> nonconformity = api.send(ISO_SECRETARY, DEMO, HttpMethod.POST, "/api/quality/nonconformities",
                Map.of("description", "Trả kết quả sai", "responsibleUnit", "sct-quan-ly-thuong-mai",
                        "agencyCode", "0".repeat(40)));
        ResponseEntity<String> risk = api.send(ISO_SECRETARY, DEMO, HttpMethod.POST, "/api/quality/risks",
                Map.of("kind", "RISK", "title", "Mất dữ liệu", "responsibleUnit", "u".repeat(300)));

        assertThat(fieldsOf400(nonconformity)).contains("agencyCode");
        assertThat(fieldsOf400(risk)).containsExactly("responsibleUnit");
        assertThat(jdbc.sql("select count(*) from motcua_nonconformity").query(Long.class).single()).isEqualTo(nonconformities);
        assertThat(jdbc.sql("select count(*) from motcua_risk").query(Long.class).single()).isEqualTo(risks);
    }

    @Test
    void aJsonBodyOverOneMegabyteAnswers413BeforeAnythingReadsIt() throws Exception {
        long before = dossiers();

        ResponseEntity<String> response = api.send(CLERK, DEMO, HttpMethod.POST, "/api/dossiers",
                dossier(applicant(null, "x".repeat(1_100_000))));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(json.readTree(response.getBody()).get("status").asInt()).isEqualTo(413);
        assertThat(dossiers()).isEqualTo(before);
    }

    @Test
    void aChunkedJsonBodyOverOneMegabyteAnswers413Too() throws Exception {
        // no Content-Length to judge by: the body is read up to the cap, no further
        byte[] body = ("{\"procedureCode\":\"" + "x".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/dossiers"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((CLERK + ":" + DEMO).getBytes()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        long before = dossiers();

        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json.readTree(response.body()).get("status").asInt()).isEqualTo(413);
        assertThat(dossiers()).isEqualTo(before);
    }

    @Test
    void aModelOverFiveMegabytesIsNotDeployedThroughTheEngine() throws Exception {
        String name = "too-large-" + System.nanoTime();
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("deployment-name", name);
        form.add("data", new ByteArrayResource(largeModel(6_000_000)) {
            @Override
            public String getFilename() {
                return "LargeProcess.bpmn";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(MODELLER, DEMO);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);

        ResponseEntity<String> response = rest.exchange("/engine-rest/deployment/create", HttpMethod.POST,
                new HttpEntity<>(form, headers), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(json.readTree(response.getBody()).get("status").asInt()).isEqualTo(413);
        assertThat(repositoryService.createDeploymentQuery().deploymentName(name).count()).isZero();
    }

    @Test
    void aProcedureModelOverItsCapOrItsColumnIsNotSubmitted() throws Exception {
        long before = jdbc.sql("select count(*) from motcua_document_revision").query(Long.class).single();

        // over the upload cap: 413 before it is read
        ResponseEntity<String> huge = submitModel(largeModel(6_000_000));
        // under the cap, but longer than the column that keeps it (a million characters): 400 naming it
        ResponseEntity<String> long_ = submitModel(largeModel(1_200_000));

        assertThat(huge.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(json.readTree(huge.getBody()).get("status").asInt()).isEqualTo(413);
        assertThat(fieldsOf400(long_)).containsExactly("bpmn");
        assertThat(jdbc.sql("select count(*) from motcua_document_revision").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aValueTheDatabaseRefusesAnswers400WithoutTheValueLoggedOnlyAtWarn(CapturedOutput output) throws Exception {
        // a procedure name longer than its column (500) comes inside the model, past the request's checks
        String name = "Đăng ký thành lập hộ kinh doanh rất dài ".repeat(16);
        String model = java.nio.file.Files.readString(
                java.nio.file.Path.of("processes/procedures/ubnd-xa/BusinessHouseholdRegistrationProcess.bpmn"))
                .replace("value=\"Đăng ký thành lập hộ kinh doanh\"", "value=\"" + name + "\"");
        assertThat(model).contains(name);
        long before = jdbc.sql("select count(*) from motcua_document_revision").query(Long.class).single();

        ResponseEntity<String> response = submitModel(model.getBytes(StandardCharsets.UTF_8));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(response.getBody()).get("detail").asText()).contains("quá dài");
        assertThat(response.getBody()).doesNotContain("rất dài").doesNotContainIgnoringCase("insert")
                .doesNotContain("Exception");
        assertThat(jdbc.sql("select count(*) from motcua_document_revision").query(Long.class).single()).isEqualTo(before);
        assertThat(output.getAll()).contains("The database refused a value");
        assertNothingLoggedAtErrorNorTheValue(output, "rất dài");
    }

    private ResponseEntity<String> submitModel(byte[] bpmn) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(MODELLER, DEMO);
        headers.setContentType(MediaType.APPLICATION_XML);
        return rest.exchange("/api/procedure-models", HttpMethod.POST, new HttpEntity<>(bpmn, headers), String.class);
    }

    /** A BPMN document padded with a comment to the given size. */
    private static byte[] largeModel(int bytes) {
        String head = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Definitions_Large"
                    targetNamespace="http://bpmn.io/schema/bpmn"><!--""";
        String tail = "--><bpmn:process id=\"LargeProcess\" isExecutable=\"true\"/></bpmn:definitions>";
        return (head + "x".repeat(bytes - head.length() - tail.length()) + tail).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void unpagedOrOverLargeEngineQueriesAnswer400() throws Exception {
        // queryMaxResultsLimit: a signed-in user's query pages, by at most 2000
        ResponseEntity<String> tooMany = api.get(CLERK, DEMO, "/engine-rest/task?maxResults=100000");
        ResponseEntity<String> unpaged = api.get(CLERK, DEMO, "/engine-rest/task");

        assertThat(tooMany.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(tooMany.getBody()).get("message").asText()).contains("2000");
        assertThat(unpaged.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(unpaged.getBody()).get("type").asText()).isEqualTo("BadUserRequestException");
        assertThat(api.get(CLERK, DEMO, "/engine-rest/task?maxResults=2000").getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
