package vn.motcua.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * What a user reads of a refusal is Vietnamese: the detail of every problem, and each field's message; the
 * status, title and field names stay as clients rely on them.
 */
class ApiErrorsInVietnameseIT extends DeskIT {

    private static final List<String> ENGLISH = List.of("Not a dossier", "is required", "must be", "is not",
            "No dossier", "Only the", "Authentication required", "Your groups", "not supported");

    private JsonNode problem(ResponseEntity<String> response, HttpStatus status) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getBody()).doesNotContain(ENGLISH);
        return json.readTree(response.getBody());
    }

    @Test
    void aDossierOfAnotherUnitIsRefusedInVietnamese() throws Exception {
        String code = desk.submitOk(Desk.dossier("MAU-SCT-RUOU-BB",
                List.of("DON-DE-NGHI", "GCN-DKDN", "DIA-DIEM", "NHA-CUNG-CAP"), "COMPLETE")).get("code").asText();

        JsonNode refused = problem(desk.api().get("huypq", Desk.PASSWORD, "/api/dossiers/" + code), HttpStatus.FORBIDDEN);

        assertThat(refused.get("detail").asText()).isEqualTo("Hồ sơ này không thuộc đơn vị của ông/bà");
        assertThat(problem(desk.api().get(Desk.CLERK, Desk.PASSWORD, "/api/dossiers/000.00.12.H42-260305-9999"),
                HttpStatus.NOT_FOUND).get("detail").asText()).startsWith("Không có hồ sơ");
    }

    @Test
    void eachWrongFieldIsToldInVietnameseUnderItsOwnName() throws Exception {
        JsonNode refused = problem(desk.submit(Map.of("channel", "FAX", "papers", List.of(""))), HttpStatus.BAD_REQUEST);

        assertThat(refused.get("title").asText()).isEqualTo("Invalid request");
        assertThat(refused.get("errors").findValuesAsText("field")).contains("procedureCode", "channel", "applicant", "papers");
        assertThat(refused.get("errors").findValuesAsText("message")).contains("bắt buộc phải có",
                "không được có mã giấy tờ trống");
    }

    @Test
    void theWebLayersOwnRefusalsAreVietnameseToo() throws Exception {
        assertThat(problem(desk.api().send(Desk.CLERK, Desk.PASSWORD, HttpMethod.PUT, "/api/dossiers", Map.of()),
                HttpStatus.METHOD_NOT_ALLOWED).get("detail").asText()).contains("không nhận phương thức PUT");
        assertThat(problem(desk.api().get(null, null, "/api/dossiers/x"), HttpStatus.UNAUTHORIZED).get("detail").asText())
                .startsWith("Cần đăng nhập");
        assertThat(problem(desk.api().get("minhtv", Desk.PASSWORD, "/api/reports/on-time?from=2026-01-01&to=2026-12-31"),
                HttpStatus.FORBIDDEN).get("detail").asText()).startsWith("Báo cáo dành cho");
    }
}
