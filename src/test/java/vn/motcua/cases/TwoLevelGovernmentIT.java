package vn.motcua.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.motcua.measurement.DailyStats;
import vn.motcua.measurement.Metric;
import vn.motcua.organisation.Organisation;
import vn.motcua.organisation.UnitKind;

/**
 * Two-level local government in the demo (README "Organisation"): the commune-level procedures are decided by the
 * commune chosen at receipt, each step offered to that commune's office; no district in the catalogue nor in the
 * organisation of 2026; the reports of a period before 1 July 2025 still name the former district.
 */
class TwoLevelGovernmentIT extends DeskIT {

    private static final List<String> HOUSEHOLD_PAPERS = List.of("GIAY-DE-NGHI", "GIAY-TO-PHAP-LY");

    @Autowired
    Organisation organisation;
    @Autowired
    DailyStats stats;

    @Test
    void aCommuneDeskReceivesForItsOwnCommuneAndItsOfficesDecide() throws Exception {
        // hienlt works at xã Thạch Khê's desk and chooses no commune: her own decides
        Map<String, Object> body = Desk.dossier("MAU-XA-HKD", HOUSEHOLD_PAPERS, "COMPLETE");
        body.remove("decidingAgency");
        ResponseEntity<String> created = desk.submitAs("hienlt", body);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        String code = json.readTree(created.getBody()).get("code").asText();

        assertThat(code).startsWith(Desk.THACH_KHE + "-");
        assertThat(read("hienlt", code).get("agencyCode").asText()).isEqualTo(Desk.THACH_KHE);
        desk.completeOk(desk.openTask(code), Map.of("receiptHandedToApplicant", true));
        Task appraisal = desk.openTask(code);
        assertThat(groups(appraisal)).containsExactly("thach-khe-kinh-te");
        assertThat(desk.workerOf(appraisal)).isEqualTo("anhnt");
        // the economic office of another commune neither sees nor reads it
        assertThat(taskService.createTaskQuery().taskCandidateGroup("dong-tien-kinh-te").processInstanceBusinessKey(code).count())
                .isZero();
        assertThat(desk.api().get("hanhvt", Desk.PASSWORD, "/api/dossiers/" + code).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        List<String> worked = desk.walkToTheEnd(code);
        assertThat(worked).contains("Task_AppraiseDossier", "Task_ReviewDraft");
        assertThat(read("hienlt", code).get("status").asText()).isEqualTo("CLOSED");
        assertThat(jdbc().queryForList("select distinct unit from motcua_dossier_step where dossier_code = ?", String.class, code))
                .contains("thach-khe-kinh-te", "thach-khe-kinh-te-lanh-dao");
    }

    @Test
    void theProvincialCentreChoosesTheDecidingCommuneAmongThoseInForce() throws Exception {
        Map<String, Object> none = Desk.dossier("MAU-XA-GPXD", List.of("DON-DE-NGHI", "QSDD", "BAN-VE"), "COMPLETE");
        none.remove("decidingAgency");
        ResponseEntity<String> refused = desk.submitAs(Desk.CLERK, none);
        assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("decidingAgency");

        Map<String, Object> district = new java.util.HashMap<>(none);
        district.put("decidingAgency", "000.20.31.H42");
        ResponseEntity<String> toTheDistrict = desk.submitAs(Desk.CLERK, district);
        assertThat(toTheDistrict.getStatusCode()).as(toTheDistrict.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(toTheDistrict.getBody()).contains("000.20.31.H42");

        Map<String, Object> liquor = Desk.dossier("MAU-SCT-RUOU-BB", List.of("DON-DE-NGHI", "GCN-DKDN", "DIA-DIEM", "NHA-CUNG-CAP"),
                "COMPLETE");
        liquor.put("decidingAgency", Desk.DONG_TIEN);
        assertThat(desk.submitAs(Desk.CLERK, liquor).getStatusCode()).as("a department's procedure has no other decider")
                .isEqualTo(HttpStatus.BAD_REQUEST);

        Map<String, Object> dongTien = new java.util.HashMap<>(none);
        dongTien.put("decidingAgency", Desk.DONG_TIEN);
        String code = submitOkAs(Desk.CLERK, dongTien).get("code").asText();
        assertThat(code).startsWith(Desk.DONG_TIEN + "-");
        desk.handOver(code);
        Task appraisal = desk.openTask(code);
        assertThat(groups(appraisal)).containsExactly("dong-tien-kinh-te");
        assertThat(desk.workerOf(appraisal)).isEqualTo("hanhvt");
        String receipt = desk.receiptText(code);
        assertThat(receipt).contains("Đồng Tiến");
    }

    @Test
    void noDistrictInTheCatalogueNorInTheOrganisationOf2026() throws Exception {
        JsonNode procedures = json.readTree(desk.api().get(Desk.CLERK, Desk.PASSWORD, "/api/procedures").getBody());
        assertThat(procedures.size()).isGreaterThanOrEqualTo(7);
        for (JsonNode procedure : procedures) {
            String agency = procedure.get("agencyCode").asText();
            assertThat(procedure.get("agencyName").asText()).as(procedure.toString()).doesNotContainIgnoringCase("huyện");
            assertThat(organisation.unit(agency).map(unit -> unit.kind())).as(agency).isNotEqualTo(java.util.Optional.of(UnitKind.DISTRICT));
        }
        assertThat(procedures.findValuesAsText("code")).contains("MAU-XA-HKD", "MAU-XA-GPXD").doesNotContain("MAU-HUYEN-HKD");
        LocalDate day2026 = LocalDate.of(2026, 1, 5);
        assertThat(organisation.units()).filteredOn(unit -> unit.validOn(day2026))
                .noneMatch(unit -> unit.kind() == UnitKind.DISTRICT)
                .noneMatch(unit -> unit.name().contains("huyện"));
        assertThat(organisation.communesOn(day2026)).hasSizeGreaterThanOrEqualTo(2)
                .allMatch(commune -> organisation.deskOf(commune.code()) != null
                        && !organisation.deskOf(commune.code()).equals(organisation.provinceDesk()));
        JsonNode units = json.readTree(desk.api().get("chaudm", Desk.PASSWORD, "/api/reports/units").getBody());
        assertThat(units.path("000.31.21.H42").asText()).isEqualTo("Ủy ban nhân dân xã Đồng Tiến");
    }

    @Test
    void aReportOfAPeriodBeforeJuly2025NamesTheFormerDistrict() {
        // a dossier the former district received and resolved in March 2025 (its counters, as they were kept then)
        LocalDate day = LocalDate.of(2025, 3, 10);
        stats.add(day, "000.20.31.H42", "huyen-tai-chinh-ke-hoach", "MAU-HUYEN-HKD", Metric.RECEIVED);
        stats.add(day, "000.20.31.H42", "huyen-tai-chinh-ke-hoach", "MAU-HUYEN-HKD", Metric.RESOLVED_ON_TIME);

        String byAgency = csv("/api/reports/on-time?from=2025-03-01&to=2025-03-31&groupBy=agency&format=csv");
        String byUnit = csv("/api/reports/on-time?from=2025-03-01&to=2025-03-31&groupBy=department&format=csv");

        assertThat(byAgency).contains("Ủy ban nhân dân huyện Thạch Hà");
        assertThat(byUnit).contains("UBND huyện Thạch Hà – Phòng Tài chính - Kế hoạch");
        assertThat(byUnit).doesNotContain("huyen-tai-chinh-ke-hoach");
    }

    private JsonNode submitOkAs(String clerk, Map<String, Object> body) throws Exception {
        ResponseEntity<String> response = desk.submitAs(clerk, body);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(response.getBody());
    }

    private JsonNode read(String user, String code) throws Exception {
        ResponseEntity<String> response = desk.api().get(user, Desk.PASSWORD, "/api/dossiers/" + code);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private String csv(String path) {
        ResponseEntity<byte[]> response = desk.api().bytes("vinhnq", Desk.PASSWORD, path);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return new String(response.getBody(), StandardCharsets.UTF_8);
    }

    private List<String> groups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
                .filter(java.util.Objects::nonNull).toList();
    }

    private org.springframework.jdbc.core.JdbcTemplate jdbc() {
        return jdbcTemplate;
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;
}
