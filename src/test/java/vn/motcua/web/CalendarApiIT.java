package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.Api;
import vn.motcua.MotcuaIT;

/** The calendar API as clerks, desk software and administrators use it. */
@MotcuaIT
class CalendarApiIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;

    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
    }

    private JsonNode getOk(String path) throws Exception {
        ResponseEntity<String> response = api.get("clerk", "secret", path);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private ResponseEntity<String> asAdmin(HttpMethod method, String path, Object body) {
        return api.send("testadmin", "admin-secret", method, path, body);
    }

    @Test
    void theHandbookExample() throws Exception {
        JsonNode deadline = getOk("/api/calendar/deadline?receivedAt=2026-02-12T10:00&workingDays=3");

        assertThat(deadline.get("dueAt").asText()).isEqualTo("2026-02-24T17:00:00+07:00");
        assertThat(json.convertValue(deadline.get("countedDays"), List.class))
                .containsExactly("2026-02-13", "2026-02-23", "2026-02-24");
        assertThat(deadline.get("provisional").asBoolean()).isFalse();
    }

    @Test
    void aMomentWithOffsetIsConvertedToVietnameseTime() throws Exception {
        // 08:01 UTC is 15:01 in Hà Nội: after the cut-off
        JsonNode deadline = getOk("/api/calendar/deadline?receivedAt=2026-03-05T08:01:00Z&workingDays=1");

        assertThat(deadline.get("dueAt").asText()).isEqualTo("2026-03-09T17:00:00+07:00");
    }

    @Test
    void missingParametersAreNamed() throws Exception {
        ResponseEntity<String> response = api.get("clerk", "secret", "/api/calendar/deadline");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode body = json.readTree(response.getBody());
        assertThat(body.get("errors").findValuesAsText("field")).containsExactly("receivedAt", "workingDays");
    }

    @Test
    void invalidParametersAreNamed() throws Exception {
        ResponseEntity<String> response = api.get("clerk", "secret",
                "/api/calendar/deadline?receivedAt=12/02/2026&workingDays=-2");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(response.getBody()).get("errors").findValuesAsText("field"))
                .containsExactly("receivedAt", "workingDays");
    }

    @Test
    void aYearWithoutDataIsProvisional() throws Exception {
        assertThat(getOk("/api/calendar/2040").get("provisional").asBoolean()).isTrue();
        assertThat(getOk("/api/calendar/deadline?receivedAt=2040-03-05T10:00&workingDays=1").get("provisional")
                .asBoolean()).isTrue();
    }

    @Test
    void theYearListsItsNonStandardDays() throws Exception {
        JsonNode year = getOk("/api/calendar/2026");

        assertThat(year.get("provisional").asBoolean()).isFalse();
        assertThat(year.get("days").findValuesAsText("date")).contains("2026-01-10", "2026-02-17", "2026-04-27");
    }

    @Test
    void anAdministratorAddsAYearWithoutARestart() throws Exception {
        // when an administrator publishes 2039 with one holiday on Monday 3/1/2039
        ResponseEntity<String> put = asAdmin(HttpMethod.PUT, "/api/calendar/2039", Map.of(
                "legalSource", "Thông báo nghỉ lễ năm 2039",
                "days", List.of(Map.of("date", "2039-01-03", "kind", "DAY_IN_LIEU", "reason", "Nghỉ bù Tết Dương lịch"))));

        // then the year is no longer provisional and deadlines skip the day
        assertThat(put.getStatusCode()).as(put.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(getOk("/api/calendar/2039").get("provisional").asBoolean()).isFalse();
        JsonNode deadline = getOk("/api/calendar/deadline?receivedAt=2038-12-31T10:00&workingDays=1");
        assertThat(json.convertValue(deadline.get("countedDays"), List.class)).containsExactly("2039-01-04");
    }

    @Test
    void aClosureForAStormMovesLaterDeadlinesAndIsStored() throws Exception {
        String path = "/api/calendar/deadline?receivedAt=2026-10-09T10:00&workingDays=1";
        assertThat(getOk(path).get("dueAt").asText()).isEqualTo("2026-10-12T17:00:00+07:00");

        // when an administrator closes the offices on Monday 12/10/2026 for a storm
        ResponseEntity<String> closure = asAdmin(HttpMethod.PUT, "/api/calendar/days/2026-10-12",
                Map.of("kind", "CLOSURE", "reason", "Nghỉ tránh bão", "legalSource", "Công điện của UBND tỉnh"));

        // then
        assertThat(closure.getStatusCode()).as(closure.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(getOk(path).get("dueAt").asText()).isEqualTo("2026-10-13T17:00:00+07:00");
        assertThat(jdbc.sql("select count(*) from motcua_calendar_day where day_date = date '2026-10-12'")
                .query(Integer.class).single()).isEqualTo(1);

        // and removing it restores the deadline
        assertThat(asAdmin(HttpMethod.DELETE, "/api/calendar/days/2026-10-12", null).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(getOk(path).get("dueAt").asText()).isEqualTo("2026-10-12T17:00:00+07:00");
    }

    @Test
    void anInvalidDayIsRejectedAndChangesNothing() throws Exception {
        ResponseEntity<String> response = asAdmin(HttpMethod.PUT, "/api/calendar/2038", Map.of(
                "days", List.of(Map.of("date", "2037-05-01", "kind", "HOLIDAY", "reason", "Sai năm"),
                        Map.of("date", "2038-05-01", "kind", "PARTY", "reason", "Sai loại"))));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(response.getBody()).get("errors").findValuesAsText("field"))
                .containsExactly("days[0].date", "days[1].kind");
        assertThat(getOk("/api/calendar/2038").get("provisional").asBoolean()).isTrue();
    }

    @Test
    void removingADayNobodyAddedAnswers404() {
        assertThat(asAdmin(HttpMethod.DELETE, "/api/calendar/days/2026-07-07", null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void stepDeadlineAndWorkingTime() throws Exception {
        assertThat(getOk("/api/calendar/step-deadline?startAt=2026-03-06T15:00&workingDays=0.5").get("dueAt").asText())
                .isEqualTo("2026-03-09T09:30:00+07:00");
        JsonNode time = getOk("/api/calendar/working-time?from=2026-02-13T16:00&to=2026-02-23T08:30");
        assertThat(time.get("workingHours").asDouble()).isEqualTo(2.0);
        assertThat(time.get("workingDays").decimalValue()).isEqualByComparingTo("0.25");
    }
}
