package vn.motcua.province;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

/**
 * The Department of Science and Technology's register of agencies applying a QMS, through the API: the officer keeps
 * it, the provincial leader reads it, nobody else does either; what the register shows wrong follows the day it is
 * read on (an ISO secretary rotated in without training is a finding once the grace period has passed); bad input
 * is a 400 naming each field and changes nothing.
 */
@MotcuaIT
class QmsRegisterIT {

    private static final String OFFICER = "ngatt";
    private static final String LEADER = "vinhnq";
    private static final String PASSWORD = "demo";
    private static final String REGISTER = "/api/province/register";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;

    private Api api;
    private String agency;

    @BeforeEach
    void open() {
        api = new Api(rest);
        // each test its own agency: the context, and its database, are shared by every IT
        agency = "000.00.99.T" + System.nanoTime() % 100000;
    }

    private Map<String, Object> sct() {
        Map<String, Object> body = new HashMap<>();
        body.put("agencyName", "Sở Công Thương");
        body.put("obligation", "MANDATORY");
        body.put("obligationSource", "Quyết định 19/2014/QĐ-TTg, Điều 2");
        body.put("scope", "Toàn bộ thủ tục hành chính thuộc thẩm quyền giải quyết của Sở và các quy trình nội bộ");
        return body;
    }

    private JsonNode read(String user, String path) throws Exception {
        ResponseEntity<String> response = api.get(user, PASSWORD, path);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private long add(String path, Map<String, Object> body) throws Exception {
        ResponseEntity<String> response = api.send(OFFICER, PASSWORD, HttpMethod.POST, path, body);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(response.getBody()).get("id").asLong();
    }

    private static java.util.List<String> kinds(JsonNode entry) {
        java.util.List<String> kinds = new java.util.ArrayList<>();
        entry.get("findings").forEach(finding -> kinds.add(finding.get("kind").asText()));
        return kinds;
    }

    @Test
    void theOfficerKeepsTheRegisterAndFindingsFollowTheDay() throws Exception {
        ResponseEntity<String> added = api.send(OFFICER, PASSWORD, HttpMethod.PUT, REGISTER + "/" + agency, sct());
        assertThat(added.getStatusCode()).as(added.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode fresh = json.readTree(added.getBody());
        assertThat(fresh.get("standard").asText()).isEqualTo("TCVN ISO 9001:2015");
        assertThat(fresh.get("obligationLabel").asText()).isEqualTo("Bắt buộc áp dụng");
        // mandatory, not announced, nobody doing the secretary's work
        assertThat(kinds(fresh)).containsExactly("NOT_ANNOUNCED", "NO_FOCAL_POINT");

        Map<String, Object> announced = sct();
        announced.put("announcedOn", "2025-03-10");
        announced.put("announcementRef", "Quyết định số 45/QĐ-SCT ngày 10/3/2025");
        assertThat(api.send(OFFICER, PASSWORD, HttpMethod.PUT, REGISTER + "/" + agency, announced).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        // a trained secretary until the end of 2025, then one rotated in and never trained
        long first = add(REGISTER + "/" + agency + "/staff", Map.of("fullName", "Lê Thị Hoa", "role", "ISO_SECRETARY",
                "assignedOn", "2024-01-15", "leftOn", "2026-01-01"));
        add(REGISTER + "/" + agency + "/staff/" + first + "/trainings", Map.of("course", "Nhận thức và đánh giá nội bộ "
                + "TCVN ISO 9001:2015", "trainedOn", "2024-03-20", "certificate", "GCN số 112/2024"));
        long second = add(REGISTER + "/" + agency + "/staff", Map.of("fullName", "Phạm Văn Nam", "role", "ISO_SECRETARY",
                "assignedOn", "2026-01-01"));

        JsonNode lastYear = read(LEADER, REGISTER + "/" + agency + "?on=2025-12-31");
        assertThat(kinds(lastYear)).isEmpty();
        assertThat(lastYear.get("staff")).hasSize(1);
        assertThat(lastYear.at("/staff/0/trained").asBoolean()).isTrue();
        assertThat(lastYear.at("/staff/0/trainings/0/course").asText()).startsWith("Nhận thức");

        // within three months of taking the role, not yet a finding; after, it is
        assertThat(kinds(read(LEADER, REGISTER + "/" + agency + "?on=2026-03-31"))).isEmpty();
        JsonNode untrained = read(LEADER, REGISTER + "/" + agency + "?on=2026-04-01");
        assertThat(kinds(untrained)).containsExactly("UNTRAINED_STAFF");
        assertThat(untrained.at("/findings/0/text").asText()).contains("Phạm Văn Nam", "01/01/2026");

        add(REGISTER + "/" + agency + "/staff/" + second + "/trainings", Map.of("course", "Xây dựng, áp dụng HTQLCL",
                "trainedOn", "2026-05-05"));
        assertThat(kinds(read(LEADER, REGISTER + "/" + agency + "?on=2026-05-05"))).isEmpty();

        // the whole register, and as a spreadsheet
        JsonNode all = read(OFFICER, REGISTER + "?on=2026-05-05");
        assertThat(all.findValuesAsText("agencyCode")).contains(agency);
        ResponseEntity<byte[]> sheet = api.bytes(LEADER, PASSWORD, REGISTER + "/danh-sach.xlsx?on=2026-05-05");
        assertThat(sheet.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(sheet.getBody()))) {
            Sheet agencies = book.getSheet("Danh sách cơ quan");
            assertThat(agencies.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Mã cơ quan");
            boolean found = false;
            for (int r = 2; r <= agencies.getLastRowNum(); r++) {
                if (agency.equals(agencies.getRow(r).getCell(0).getStringCellValue())) {
                    found = true;
                    assertThat(agencies.getRow(r).getCell(6).getStringCellValue()).isEqualTo("10/03/2025");
                }
            }
            assertThat(found).isTrue();
            assertThat(book.getSheet("Cán bộ làm công tác ISO").getLastRowNum()).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void onlyTheOfficerWritesAndOnlyTheProvinceReads() throws Exception {
        assertThat(api.send(OFFICER, PASSWORD, HttpMethod.PUT, REGISTER + "/" + agency, sct()).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        for (String user : new String[] {LEADER, "chaudm", "trangdt", "namhv", "lannt"}) {
            ResponseEntity<String> write = api.send(user, PASSWORD, HttpMethod.PUT, REGISTER + "/" + agency, sct());
            assertThat(write.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(write.getBody()).contains("Sở Khoa học và Công nghệ");
            assertThat(api.send(user, PASSWORD, HttpMethod.POST, REGISTER + "/" + agency + "/staff",
                    Map.of("fullName", "X", "role", "ISO_SECRETARY", "assignedOn", "2026-01-01")).getStatusCode())
                    .as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
        for (String user : new String[] {"chaudm", "trangdt", "namhv", "lannt"}) {
            assertThat(api.get(user, PASSWORD, REGISTER).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(api.bytes(user, PASSWORD, REGISTER + "/danh-sach.xlsx").getStatusCode()).as(user)
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(api.get(null, null, REGISTER).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(jdbc.sql("select count(*) from motcua_qms_staff where agency_code = ?").param(agency).query(Long.class)
                .single()).isZero();
    }

    @Test
    void badInputIsRefusedFieldByFieldAndChangesNothing() throws Exception {
        ResponseEntity<String> bad = api.send(OFFICER, PASSWORD, HttpMethod.PUT, REGISTER + "/" + agency,
                Map.of("agencyName", "", "obligation", "SOMETIMES", "scope", "", "announcedOn", "2026-02-30"));
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody()).contains("agencyName", "obligation", "scope", "announcedOn");
        assertThat(api.get(OFFICER, PASSWORD, REGISTER + "/" + agency).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        Map<String, Object> future = sct();
        future.put("announcedOn", "2099-01-01");
        assertThat(api.send(OFFICER, PASSWORD, HttpMethod.PUT, REGISTER + "/" + agency, future).getBody()).contains("announcedOn");
        assertThat(api.send(OFFICER, PASSWORD, HttpMethod.PUT, REGISTER + "/ma_sai", sct()).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);

        // staff of an agency not in the register, or a person of another agency
        assertThat(api.send(OFFICER, PASSWORD, HttpMethod.POST, REGISTER + "/" + agency + "/staff",
                Map.of("fullName", "X", "role", "ISO_SECRETARY", "assignedOn", "2026-01-01")).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.send(OFFICER, PASSWORD, HttpMethod.PUT, REGISTER + "/" + agency, sct()).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        ResponseEntity<String> badStaff = api.send(OFFICER, PASSWORD, HttpMethod.POST, REGISTER + "/" + agency + "/staff",
                Map.of("fullName", "Lê\nVăn", "role", "BOSS", "assignedOn", "2026-05-01", "leftOn", "2026-04-01"));
        assertThat(badStaff.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badStaff.getBody()).contains("fullName", "role", "leftOn");
        long person = add(REGISTER + "/" + agency + "/staff", Map.of("fullName", "Lê Văn", "role", "INTERNAL_AUDITOR",
                "assignedOn", "2026-01-01"));
        assertThat(api.send(OFFICER, PASSWORD, HttpMethod.POST, REGISTER + "/000.00.12.H42/staff/" + person + "/trainings",
                Map.of("course", "Đánh giá nội bộ", "trainedOn", "2026-01-10")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<String> badTraining = api.send(OFFICER, PASSWORD, HttpMethod.POST,
                REGISTER + "/" + agency + "/staff/" + person + "/trainings", Map.of("course", "", "trainedOn", "hôm qua"));
        assertThat(badTraining.getBody()).contains("course", "trainedOn");
        assertThat(jdbc.sql("select count(*) from motcua_qms_training where staff_id = ?").param(person).query(Long.class)
                .single()).isZero();

        // the person leaves the role: no longer active, and the agency has no secretary
        assertThat(api.send(OFFICER, PASSWORD, HttpMethod.PUT, REGISTER + "/" + agency + "/staff/" + person,
                Map.of("fullName", "Lê Văn", "role", "INTERNAL_AUDITOR", "assignedOn", "2026-01-01", "leftOn", "2026-02-01"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(read(OFFICER, REGISTER + "/" + agency + "?on=2026-03-01").at("/staff/0/active").asBoolean()).isFalse();
    }
}
