package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.calendar.ShippedCalendarMoments.vn;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.motcua.MotcuaIT;

/**
 * Agencies as tenants (README: 'Agencies and who sees them'): a dossier of Sở Công Thương and one of xã Thạch Khê in
 * one installation. Each agency's people read their own agency's through every door (the engine's REST API, Cockpit's
 * API, the application's API and exports) and nothing of the other; the desk, the province's roles and
 * administrators read both.
 */
@MotcuaIT
class AgencyIsolationIT extends DossierAttacks {

    private static final String SCT = "000.00.12.H42";
    private static final String THACH_KHE = "000.31.20.H42";

    @Autowired
    HistoryService historyService;

    private String liquor;
    private String household;
    private String liquorInstance;
    private String householdInstance;

    @BeforeEach
    void aDossierOfEachAgency() throws Exception {
        liquor = submit(LIQUOR, LIQUOR_PAPERS);
        household = submit(HOUSEHOLD, List.of("GIAY-DE-NGHI", "GIAY-TO-PHAP-LY"));
        liquorInstance = instanceOf(liquor);
        householdInstance = instanceOf(household);
    }

    @Test
    void eachDossiersInstanceBelongsToItsAgencyAndItsHistoryToo() {
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(liquorInstance).singleResult()
                .getTenantId()).isEqualTo(SCT);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(householdInstance).singleResult()
                .getTenantId()).isEqualTo(THACH_KHE);
        assertThat(openTask(household).getTenantId()).isEqualTo(THACH_KHE);
        // the called intake block belongs to the dossier's agency too
        assertThat(runtimeService.createProcessInstanceQuery().rootProcessInstanceId(householdInstance).list())
                .allSatisfy(instance -> assertThat(instance.getTenantId()).isEqualTo(THACH_KHE));
    }

    @Test
    void aManagerReadsHisAgencysDossiersInTheEngineAndNotTheOthers() throws Exception {
        for (String[] managerAndOwn : new String[][] {{"chaudm", liquor, household}, {"phuongnt", household, liquor}}) {
            String manager = managerAndOwn[0];
            String own = managerAndOwn[1];
            String other = managerAndOwn[2];
            // the dossier's instance and the blocks it called (intake, return) carry its code
            assertThat(count(manager, "/engine-rest/process-instance?businessKey=" + own)).as(manager).isPositive();
            assertThat(count(manager, "/engine-rest/process-instance?businessKey=" + other)).as(manager).isZero();
            assertThat(count(manager, "/engine-rest/history/process-instance?rootProcessInstances=true"
                    + "&processInstanceBusinessKey=" + own)).isEqualTo(1);
            assertThat(count(manager, "/engine-rest/history/process-instance?processInstanceBusinessKey=" + other))
                    .isZero();
            assertThat(count(manager, "/engine-rest/task?processInstanceBusinessKey=" + own)).isEqualTo(1);
            assertThat(count(manager, "/engine-rest/task?processInstanceBusinessKey=" + other)).isZero();
            assertThat(count(manager, "/engine-rest/history/task?processInstanceBusinessKey=" + other)).isZero();
            assertThat(get(manager, "/engine-rest/process-instance/" + instanceOf(other)).getStatusCode().value())
                    .isEqualTo(404);
            assertThat(get(manager, "/engine-rest/process-instance/" + instanceOf(other) + "/variables")
                    .getStatusCode().is4xxClientError()).isTrue();
            assertThat(get(manager, "/engine-rest/task/" + openTask(other).getId()).getStatusCode().value())
                    .isEqualTo(404);

            assertThat(get(manager, "/api/dossiers/" + own).getStatusCode().value()).isEqualTo(200);
            assertThat(get(manager, "/api/dossiers/" + other).getStatusCode().value()).isEqualTo(403);
        }
        // the engine's own list of a manager's tenants: his agency
        JsonNode tenants = json.readTree(get("chaudm", "/engine-rest/tenant?userMember=chaudm&maxResults=100").getBody());
        assertThat(tenants.findValuesAsText("id")).containsExactly(SCT);
    }

    @Test
    void cockpitShowsAManagerHisAgencysInstancesOnly() throws Exception {
        HttpHeaders session = new WebappLogin(rest).session("cockpit", "chaudm", PASSWORD);
        String base = "/camunda/api/engine/engine/default/";
        ResponseEntity<String> own = rest.exchange(base + "process-instance?businessKey=" + liquor, HttpMethod.GET,
                new HttpEntity<>(session), String.class);
        ResponseEntity<String> other = rest.exchange(base + "process-instance?businessKey=" + household, HttpMethod.GET,
                new HttpEntity<>(session), String.class);

        assertThat(json.readTree(own.getBody())).as(own.getBody()).hasSize(1);
        assertThat(json.readTree(other.getBody())).as(other.getBody()).isEmpty();
    }

    @Test
    void reportsLedgerAndOverdueWorkAreOfTheCallersAgency() throws Exception {
        String period = "from=2026-01-01&to=2026-12-31";
        assertThat(get("chaudm", "/api/reports/on-time?" + period + "&agency=" + THACH_KHE).getStatusCode().value())
                .isEqualTo(403);
        assertThat(get("chaudm", "/api/reports/late-dossiers?" + period + "&agency=" + THACH_KHE)
                .getStatusCode().value()).isEqualTo(403);
        assertThat(get("chaudm", "/api/ledger/2026.xlsx?agency=" + THACH_KHE).getStatusCode().value()).isEqualTo(403);
        assertThat(get("chaudm", "/api/ledger/2026.pdf?agency=" + THACH_KHE).getStatusCode().value()).isEqualTo(403);

        // without an agency: his own, whatever the grouping
        JsonNode byAgency = json.readTree(get("chaudm", "/api/reports/on-time?" + period + "&groupBy=agency").getBody());
        assertThat(byAgency.findValuesAsText("group")).containsOnly(SCT);
        JsonNode theirs = json.readTree(get("phuongnt", "/api/reports/on-time?" + period + "&groupBy=agency").getBody());
        assertThat(theirs.findValuesAsText("group")).containsOnly(THACH_KHE);
        assertThat(get("chaudm", "/api/ledger/2026.pdf").getStatusCode().value()).isEqualTo(200);

        ClockUtil.setCurrentTime(Date.from(vn(2026, 3, 20, 9, 0).toInstant()));
        ResponseEntity<String> overdueAnswer = get("chaudm", "/api/reports/overdue");
        assertThat(overdueAnswer.getStatusCode().value()).as(overdueAnswer.getBody()).isEqualTo(200);
        JsonNode overdue = json.readTree(overdueAnswer.getBody());
        assertThat(overdue.get("steps").findValuesAsText("dossierCode")).contains(liquor).doesNotContain(household);
        JsonNode everyAgency = json.readTree(get("ngatt", "/api/reports/overdue").getBody());
        assertThat(everyAgency.get("steps").findValuesAsText("dossierCode")).contains(liquor, household);
    }

    /**
     * The ledger lists names and phone numbers: a clerk's holds her desk's dossiers only, as she reads no other
     * desk's (xã Thạch Khê's desk the commune's dossier it decides, not Sở Công Thương's), under her desk's name.
     */
    @Test
    void aClerksLedgerHoldsHerDesksDossiersOnly() throws Exception {
        assertThat(get("hienlt", "/api/dossiers/" + liquor).getStatusCode().value()).isEqualTo(403);
        List<String> commune = ledger("hienlt", "/api/ledger/2026.xlsx");
        assertThat(commune).contains(household).doesNotContain(liquor);
        assertThat(ledger("hienlt", "/api/ledger/2026.xlsx?agency=" + SCT)).doesNotContain(liquor);
        assertThat(commune.get(0)).doesNotContain("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH");
        ResponseEntity<byte[]> pdf = api.bytes("hienlt", password("hienlt"), "/api/ledger/2026.pdf");
        assertThat(pdf.getStatusCode().value()).isEqualTo(200);
        String text = new PdfTextExtractor(new PdfReader(pdf.getBody())).getTextFromPage(1);
        assertThat(text).doesNotContain(liquor.substring(liquor.indexOf('-') + 1));
        // the provincial centre received both; a manager and an administrator read their own or every agency's
        assertThat(ledger("lannt", "/api/ledger/2026.xlsx")).contains(liquor, household);
        assertThat(ledger("chaudm", "/api/ledger/2026.xlsx")).contains(liquor).doesNotContain(household);
    }

    /** The spreadsheet's header (its first cell), then the codes of its rows (below the headings' row, "STT"). */
    private List<String> ledger(String user, String path) throws Exception {
        ResponseEntity<byte[]> xlsx = api.bytes(user, password(user), path);
        assertThat(xlsx.getStatusCode().value()).as(path).isEqualTo(200);
        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            Sheet sheet = workbook.getSheetAt(0);
            cells.add(sheet.getRow(0).getCell(0).getStringCellValue());
            boolean rows = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                if (rows) {
                    cells.add(sheet.getRow(r).getCell(1).getStringCellValue());
                }
                rows = rows || sheet.getRow(r) != null && sheet.getRow(r).getCell(0) != null
                        && "STT".equals(sheet.getRow(r).getCell(0).getStringCellValue());
            }
        }
        return cells;
    }

    @Test
    void theProvincesRolesReadEveryAgencyMaskedAndTheQmsRecords() throws Exception {
        for (String reader : List.of("ngatt", "vinhnq")) {
            for (String code : List.of(liquor, household)) {
                assertThat(count(reader, "/engine-rest/process-instance?businessKey=" + code)).as(reader).isPositive();
                assertThat(count(reader, "/engine-rest/task?processInstanceBusinessKey=" + code)).isEqualTo(1);
                ResponseEntity<String> dossier = get(reader, "/api/dossiers/" + code);
                assertThat(dossier.getStatusCode().value()).as(reader + " " + dossier.getBody()).isEqualTo(200);
                assertThat(dossier.getBody()).doesNotContain("001085012345").contains("0010******45");
            }
            assertThat(get(reader, "/api/reports/on-time?from=2026-01-01&to=2026-12-31&agency=" + THACH_KHE)
                    .getStatusCode().value()).isEqualTo(200);
            for (String qms : List.of("/api/quality/nonconformities", "/api/quality/corrective-actions",
                    "/api/quality/objectives?year=2026", "/api/quality/audit-programmes", "/api/quality/overview",
                    "/api/quality/risks", "/api/quality/records-reviews", "/api/procedure-models",
                    "/api/legal-documents/reviews", "/api/quality/yearly-reports")) {
                ResponseEntity<String> answer = get(reader, qms);
                assertThat(answer.getStatusCode().value()).as(reader + " " + qms + " " + answer.getBody()).isEqualTo(200);
            }
        }
    }

    @Test
    void aDepartmentWorksItsAgencysStepsAndCannotTouchTheOthers() throws Exception {
        Task sctStep = handedOver(liquor);
        Task communeStep = handedOver(household);

        assertThat(count("minhtv", "/engine-rest/task?processInstanceBusinessKey=" + liquor)).isEqualTo(1);
        assertThat(count("anhnt", "/engine-rest/task?processInstanceBusinessKey=" + household)).isEqualTo(1);
        assertThat(count("minhtv", "/engine-rest/task?processInstanceBusinessKey=" + household)).isZero();

        for (String path : List.of("/claim", "/complete")) {
            ResponseEntity<String> response = send("minhtv", HttpMethod.POST, "/engine-rest/task/" + communeStep.getId()
                    + path, Map.of("userId", "minhtv"));
            assertThat(response.getStatusCode().is4xxClientError()).as(path + " " + response.getBody()).isTrue();
        }
        assertThat(taskService.createTaskQuery().taskId(communeStep.getId()).singleResult().getAssignee()).isNull();
        assertThat(send("minhtv", HttpMethod.POST, "/engine-rest/task/" + sctStep.getId() + "/claim",
                Map.of("userId", "minhtv")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void aJointProceduresPartnersAreTenantsOfItsAgency() throws Exception {
        // the commune police's step in xã Thạch Khê's joint procedure (births, residence, health insurance)
        JsonNode tenants = json.readTree(get("phucnh", "/engine-rest/tenant?userMember=phucnh&maxResults=100").getBody());
        assertThat(tenants.findValuesAsText("id")).as(tenants.toString()).contains("000.32.20.H42", THACH_KHE).doesNotContain(SCT);
        JsonNode clerk = json.readTree(get("lannt", "/engine-rest/tenant?userMember=lannt&maxResults=100").getBody());
        assertThat(clerk.findValuesAsText("id")).contains(SCT, THACH_KHE, "000.31.21.H42");
    }

    private String instanceOf(String code) {
        HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(code).rootProcessInstances().singleResult();
        return instance.getId();
    }

    private int count(String user, String path) throws Exception {
        ResponseEntity<String> response = get(user, path + (path.contains("?") ? "&" : "?") + "maxResults=100");
        assertThat(response.getStatusCode().value()).as(user + " " + path + " " + response.getBody()).isEqualTo(200);
        return json.readTree(response.getBody()).size();
    }
}
