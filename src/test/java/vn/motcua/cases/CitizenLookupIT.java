package vn.motcua.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
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
        desk.completeOk(desk.openTask(code), java.util.Map.of());
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
