package vn.motcua.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Tasklist's search for a dossier by code or applicant name, and the dossier a start form registered
 * (README: 'Tasklist: the dossier card and the search'): among the dossiers the caller may read only.
 */
class DeskSearchIT extends DeskIT {

    private static final String LIQUOR = "MAU-SCT-RUOU-BB";
    private static final List<String> PAPERS = List.of("DON-DE-NGHI", "GCN-DKDN", "DIA-DIEM", "NHA-CUNG-CAP");

    private JsonNode search(String user, String query) throws Exception {
        ResponseEntity<String> response = desk.api().get(user, Desk.PASSWORD, "/api/dossiers?" + query);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    /** An applicant whose name no other test uses. */
    private static String uniqueName() {
        return "Tạ Văn Kiếm " + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
    }

    @Test
    void theDeskFindsADossierByApplicantNameOrCodeWithItsOpenTask() throws Exception {
        // given a dossier waiting at the desk
        String name = uniqueName();
        Map<String, Object> body = Desk.dossier(LIQUOR, PAPERS, "COMPLETE");
        body.put("applicant", Map.of("name", name, "idNumber", "001085012345"));
        String code = desk.submitOk(body).get("code").asText();

        // when the clerk types a part of the name, in other letter case, or the end of the code
        JsonNode byName = search("lannt", "q=" + name.substring(4).toLowerCase(Locale.ROOT));
        JsonNode byCode = search("lannt", "q=" + code.substring(code.length() - 11));

        // then the dossier is found, with the task that waits for them
        assertThat(byName.findValuesAsText("code")).containsExactly(code);
        assertThat(byCode.findValuesAsText("code")).contains(code);
        JsonNode hit = byName.get(0);
        assertThat(hit.get("applicantName").asText()).isEqualTo(name);
        assertThat(hit.get("openTasks").get(0).get("name").asText()).isEqualTo("Chuyển hồ sơ cho đơn vị giải quyết");
        assertThat(hit.get("openTasks").get(0).get("taskId").asText()).isEqualTo(desk.openTask(code).getId());
        assertThat(hit.get("openTasks").get(0).get("mine").asBoolean()).isTrue();
        assertThat(hit.get("intakeForm").get("href").asText()).isEqualTo("/api/dossiers/" + code + "/receipt.pdf");
    }

    @Test
    void theDeskFindsTheStopNoticeOfAWithdrawnDossierToHandToTheCitizen() throws Exception {
        // given a dossier received in 2026 (Circular 03/2025's forms) that the citizen withdraws at the desk
        String name = uniqueName();
        Map<String, Object> body = Desk.dossier(LIQUOR, PAPERS, "COMPLETE");
        body.put("applicant", Map.of("name", name, "idNumber", "001085012345"));
        String code = desk.submitOk(body).get("code").asText();
        JsonNode running = search("lannt", "q=" + name.substring(4)).get(0);
        assertThat(running.get("forms").findValuesAsText("number")).containsExactly("01", "06");
        ResponseEntity<String> withdrawn = desk.api().send(Desk.CLERK, Desk.PASSWORD, org.springframework.http.HttpMethod.POST,
                "/api/dossiers/" + code + "/withdrawal", Map.of("reason", "Công dân không còn nhu cầu"));
        assertThat(withdrawn.getStatusCode()).as(withdrawn.getBody()).isEqualTo(HttpStatus.OK);

        // when the clerk finds it: no step is open, and the notice that processing stopped (05) is linked
        JsonNode hit = search("lannt", "q=" + name.substring(4)).get(0);
        assertThat(hit.get("openTasks")).isEmpty();
        assertThat(hit.get("forms").findValuesAsText("number")).containsExactly("01", "05", "06");
        JsonNode notice = hit.get("forms").get(1);
        assertThat(notice.get("title").asText()).isEqualTo("Thông báo dừng giải quyết hồ sơ");
        assertThat(notice.get("url").asText()).isEqualTo("/api/dossiers/" + code + "/stop-notice.pdf");
        assertThat(desk.pdfText(Desk.CLERK, notice.get("url").asText())).contains("Mẫu số 05", "Công dân không còn nhu cầu");
    }

    @Test
    void aDepartmentFindsOnlyTheDossiersItWorks() throws Exception {
        String name = uniqueName();
        Map<String, Object> body = Desk.dossier(LIQUOR, PAPERS, "COMPLETE");
        body.put("applicant", Map.of("name", name, "idNumber", "001085012345"));
        String code = desk.submitOk(body).get("code").asText();
        String query = "q=" + name.substring(name.lastIndexOf(' ') + 1);

        // before the handover the department has nothing of it
        assertThat(search("minhtv", query)).isEmpty();

        // once handed over, the department finds it, its appraisal theirs to open
        desk.completeOk(desk.openTask(code), Map.of("receiptHandedToApplicant", true));
        JsonNode found = search("minhtv", query);
        assertThat(found.findValuesAsText("code")).containsExactly(code);
        assertThat(found.get(0).get("openTasks").get(0).get("mine").asBoolean()).isTrue();
        // the agency's leader finds it too, another department never
        assertThat(search("namhv", query).findValuesAsText("code")).containsExactly(code);
        assertThat(search("huypq", query)).isEmpty();
        assertThat(search("huypq", "q=" + code)).isEmpty();
    }

    @Test
    void theStartFormsDossierIsFoundByItsProcessInstance() throws Exception {
        JsonNode submitted = desk.submitOk(Desk.dossier(LIQUOR, PAPERS, "COMPLETE"));
        String instance = submitted.get("processInstanceId").asText();

        JsonNode clerk = search("lannt", "processInstanceId=" + instance);
        assertThat(clerk.findValuesAsText("code")).containsExactly(submitted.get("code").asText());
        assertThat(clerk.get(0).get("intakeForm").get("title").asText()).isEqualTo("Giấy tiếp nhận hồ sơ và hẹn trả kết quả");
        // a user who may not read the dossier learns nothing of it
        assertThat(search("huypq", "processInstanceId=" + instance)).isEmpty();

        // an incomplete dossier's form is the supplement request
        Map<String, Object> incomplete = Desk.dossier(LIQUOR, List.of("DON-DE-NGHI"), "INCOMPLETE");
        incomplete.put("missingPapers", "Bản sao Giấy chứng nhận đăng ký doanh nghiệp");
        JsonNode supplement = search("lannt", "processInstanceId="
                + desk.submitOk(incomplete).get("processInstanceId").asText());
        assertThat(supplement.get(0).get("intakeForm").get("href").asText()).endsWith("/supplement-request.pdf");
    }

    @Test
    void aSearchTooShortOrTooLongIsRefusedNamingTheField() {
        for (String query : List.of("", "?q=", "?q=a", "?q=  b ", "?q=" + "x".repeat(101),
                "?processInstanceId=%3Cx%3E")) {
            ResponseEntity<String> response = desk.api().get("lannt", Desk.PASSWORD, "/api/dossiers" + query);
            assertThat(response.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(response.getBody()).containsAnyOf("\"field\":\"q\"", "\"field\":\"processInstanceId\"");
        }
    }

    @Test
    void wildcardsInTheSearchAreLiteral() throws Exception {
        // "%" and "_" match themselves, not every dossier
        assertThat(search("lannt", "q=%25%25")).isEmpty();
        assertThat(search("lannt", "q=__")).isEmpty();
    }
}
