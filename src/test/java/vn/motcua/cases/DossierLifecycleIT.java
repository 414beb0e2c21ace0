package vn.motcua.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.calendar.ShippedCalendarMoments.vn;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Every procedure's main path, from the desk to the returned result, as the demo users. */
class DossierLifecycleIT extends DeskIT {

    @Autowired
    ProcedureCatalog catalog;

    static Stream<String> procedures() {
        return Stream.of("MAU-SCT-RUOU-BB", "MAU-SCT-ATTP", "MAU-STP-LLTP", "MAU-XA-GPXD", "MAU-XA-HKD",
                "MAU-VPDK-DKLD", "MAU-LT-TRE-EM");
    }

    @ParameterizedTest
    @MethodSource("procedures")
    void aDossierGoesFromTheDeskToTheReturnedResult(String procedureCode) throws Exception {
        // given
        Procedure procedure = catalog.latest(procedureCode).orElseThrow();
        List<String> papers = procedure.papers().stream().map(Procedure.Paper::code).toList();

        // when the clerk receives a complete dossier
        JsonNode submitted = desk.submitOk(Desk.dossier(procedureCode, papers, "COMPLETE"));
        String code = submitted.get("code").asText();

        // then it has a code of the agency and the day, and a promised return moment
        // a commune-level procedure's dossier has the code of the commune that decides it (Desk.dossier chooses one)
        String agency = procedure.decidedByCommune() ? Desk.THACH_KHE : procedure.agencyCode();
        assertThat(code).matches(java.util.regex.Pattern.quote(agency) + "-260305-\\d{4}");
        assertThat(submitted.get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(submitted.get("dueAt").asText()).endsWith("17:00:00+07:00");

        // and the first step is the clerk's handover, due today by the 15:00 rule (received where it is decided:
        // Desk.submit receives a commune's dossier at the commune's desk)
        Task handover = desk.openTask(code);
        assertThat(handover.getTaskDefinitionKey()).isEqualTo("Task_HandOverDossier");
        assertThat(handover.getDueDate()).isEqualTo(Date.from(vn(2026, 3, 5, 17, 0).toInstant()));

        // and the receipt prints in Vietnamese
        assertThat(desk.read(code).get("receivedBy").asText()).isEqualTo(desk.clerkOf(code));
        assertReceipt(code);

        // when every step is worked by the right unit, one working hour apart
        List<String> worked = desk.walkToTheEnd(code);

        // then the dossier is closed as resolved, each step recorded on the process-control sheet
        JsonNode dossier = desk.read(code);
        assertThat(dossier.get("status").asText()).isEqualTo("CLOSED");
        assertThat(dossier.get("outcome").asText()).isEqualTo("RESOLVED");
        assertThat(dossier.get("resultAt").isNull()).isFalse();
        assertThat(worked).startsWith("Task_HandOverDossier").endsWith("Task_ReturnResult");
        List<JsonNode> tasks = new java.util.ArrayList<>();
        List<JsonNode> agencyShares = new java.util.ArrayList<>();
        dossier.get("history").forEach(step -> ("AGENCY".equals(step.get("kind").asText()) ? agencyShares : tasks).add(step));
        assertThat(tasks).hasSize(worked.size());
        assertThat(agencyShares).hasSize("MAU-LT-TRE-EM".equals(procedureCode) ? 3 : 0)
                .allSatisfy(share -> assertThat(share.get("timeliness").asText()).isNotEqualTo("LATE"));
        assertThat(dossier.get("history").findValuesAsText("timeliness")).doesNotContain("LATE");
        assertThat(dossier.get("currentSteps")).isEmpty();
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(code)
                .unfinished().count()).isZero();
    }

    private void assertReceipt(String code) throws Exception {
        ResponseEntity<byte[]> pdf = rest.withBasicAuth(desk.clerkOf(code), Desk.PASSWORD)
                .getForEntity("/api/dossiers/" + code + "/receipt.pdf", byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        PdfReader reader = new PdfReader(pdf.getBody());
        assertThat(reader.getPageSize(1).getWidth()).isBetween(419f, 421f);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", code, "Nguyễn Văn Bảo",
                Desk.COMMUNE_CLERK.equals(desk.clerkOf(code)) ? "Lê Thị Hiền" : "Nguyễn Thị Lan", "09 giờ 00 phút, ngày 05/03/2026");
    }

    static Map<String, Object> noVariables() {
        return Map.of();
    }
}
