package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.calendar.ShippedCalendarMoments.vn;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.motcua.MotcuaIT;

/**
 * Writes to a dossier by role: the apology and new return date only by the unit holding the dossier or the
 * desk, while the apology task is open, never by the read-only manager; and the ID number masked where the
 * reader's role does not need it.
 */
@MotcuaIT
class DossierWritesIT extends DossierAttacks {

    static final String APOLOGY_TASK = "Task_IssueApology";

    @Autowired
    ManagementService managementService;

    @Test
    void theManagerCannotIssueTheApologyAndTheHoldingUnitStillCan() throws Exception {
        // given a liquor licence dossier at minhtv's appraisal, due Thu 19/3/2026 17:00
        String code = submit(LIQUOR, LIQUOR_PAPERS);
        handedOver(code);
        Map<String, String> apology = Map.of("reason", "Cần xác minh thêm", "newReturnAt", "2026-03-26T17:00");

        // before the apology task opens: the unit hears it is not time yet, the manager that it is not theirs
        assertThat(send("minhtv", HttpMethod.POST, "/api/dossiers/" + code + "/apology", apology).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(send("boss", HttpMethod.POST, "/api/dossiers/" + code + "/apology", apology).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        // when one working day before the due moment the apology task opens for the unit holding the dossier
        ClockUtil.setCurrentTime(Date.from(vn(2026, 3, 18, 17, 1).toInstant()));
        fireDueTimers(code);
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey(APOLOGY_TASK)
                .singleResult();
        assertThat(task).isNotNull();

        // then the manager (read-only), through the API or Tasklist's REST, and another unit are refused
        ResponseEntity<String> byManager = send("boss", HttpMethod.POST, "/api/dossiers/" + code + "/apology", apology);
        assertThat(byManager.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(json.readTree(byManager.getBody()).get("status").asInt()).isEqualTo(403);
        assertThat(send("boss", HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/complete", Map.of("variables",
                Map.of("apologyReason", Map.of("value", "x"), "newReturnDate", Map.of("value", "2026-03-26")))).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(send("specb", HttpMethod.POST, "/api/dossiers/" + code + "/apology", apology).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        // and nothing changed: no apology, the task still open
        assertThat(apologyAt(code)).isNull();
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isOne();

        // the unit holding the dossier asks for the extension, once (form 04 of Circular 03/2025)
        ResponseEntity<String> issued = send("minhtv", HttpMethod.POST, "/api/dossiers/" + code + "/apology", apology);
        assertThat(issued.getStatusCode()).as(issued.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(json.readTree(issued.getBody()).get("issuedBy").asText()).isEqualTo("minhtv");
        assertThat(json.readTree(issued.getBody()).get("status").asText()).isEqualTo("AWAITING_APPROVAL");
        assertThat(apologyAt(code)).isNull();
        assertThat(send("minhtv", HttpMethod.POST, "/api/dossiers/" + code + "/apology", apology).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);

        // only the agency's leaders decide on it: not the unit that asked, not the manager
        Map<String, String> approve = Map.of("decision", "APPROVE");
        assertThat(send("minhtv", HttpMethod.POST, "/api/dossiers/" + code + "/extension-decision", approve)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(send("boss", HttpMethod.POST, "/api/dossiers/" + code + "/extension-decision", approve)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(apologyAt(code)).isNull();
        ResponseEntity<String> approved = send("namhv", HttpMethod.POST, "/api/dossiers/" + code + "/extension-decision",
                approve);
        assertThat(approved.getStatusCode()).as(approved.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(approved.getBody()).get("issuedBy").asText()).isEqualTo("minhtv");
        assertThat(json.readTree(approved.getBody()).get("approvedBy").asText()).isEqualTo("namhv");
        assertThat(apologyAt(code)).isNotNull();
        assertThat(send("minhtv", HttpMethod.POST, "/api/dossiers/" + code + "/apology", apology).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void theDeskIssuesTheApologyWhileItsTaskIsOpen() throws Exception {
        String code = submit(LIQUOR, LIQUOR_PAPERS);
        handedOver(code);
        ClockUtil.setCurrentTime(Date.from(vn(2026, 3, 18, 17, 1).toInstant()));
        fireDueTimers(code);

        ResponseEntity<String> issued = send("lannt", HttpMethod.POST, "/api/dossiers/" + code + "/apology",
                Map.of("reason", "Cần xác minh thêm", "newReturnAt", "2026-03-26T17:00"));

        assertThat(issued.getStatusCode()).as(issued.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey(APOLOGY_TASK).count())
                .isZero();
    }

    @Test
    void managersAndTheLedgerSeeTheIdNumberMasked() throws Exception {
        String code = submit(LIQUOR, LIQUOR_PAPERS);

        // the manager's receipt shows it masked, the desk's in full
        assertThat(pdfText("boss", "/api/dossiers/" + code + "/receipt.pdf")).contains("0010******45")
                .doesNotContain("001085012345");
        assertThat(pdfText("lannt", "/api/dossiers/" + code + "/receipt.pdf")).contains("001085012345");

        // and the tracking ledger, which managers export, never holds it
        ResponseEntity<byte[]> ledger = api.bytes("boss", "secret", "/api/ledger/2026.xlsx");
        assertThat(ledger.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ledger.getBody()))) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    cells.add(cell.toString());
                }
            }
        }
        assertThat(cells).contains(code).noneMatch(cell -> cell.contains("001085012345"));
    }

    private Object apologyAt(String code) {
        return jdbc.queryForObject("select apology_at from motcua_dossier where code = ?", Object.class, code);
    }

    private String pdfText(String user, String path) throws Exception {
        ResponseEntity<byte[]> response = api.bytes(user, password(user), path);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        try (PDDocument document = Loader.loadPDF(response.getBody())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** Executes the dossier's due timer jobs, as the job executor would (it is off in tests). */
    private void fireDueTimers(String code) {
        for (int round = 0; round < 10; round++) {
            List<Job> due = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code).list().stream()
                    .map(ProcessInstance::getId)
                    .flatMap(id -> managementService.createJobQuery().processInstanceId(id).timers().executable().list().stream())
                    .toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> managementService.executeJob(job.getId()));
        }
    }
}
