package vn.motcua.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A department reads the definitions of the processes it works in, and the history and comments of its
 * own tasks, as Tasklist's "Sơ đồ quy trình" and "Lịch sử" tabs and "Thêm ý kiến" ask them (README:
 * 'Security'); another department still reads none of its tasks or instances.
 */
class DepartmentProcessReadingIT extends DeskIT {

    private static final List<String> PAPERS = List.of("DON-DE-NGHI", "GCN-DKDN", "DIA-DIEM", "NHA-CUNG-CAP");

    private Task appraisalOfANewDossier() throws Exception {
        String code = desk.submitOk(Desk.dossier("MAU-SCT-RUOU-BB", PAPERS, "COMPLETE")).get("code").asText();
        desk.completeOk(desk.openTask(code), Map.of("receiptHandedToApplicant", true));
        return desk.openTask(code);
    }

    private ResponseEntity<String> get(String user, String path) {
        return desk.api().get(user, Desk.PASSWORD, "/engine-rest" + path);
    }

    @Test
    void theSpecialistSeesTheDiagramOfTheProcedureTheyWork() {
        Task appraisal = taskOrFail();

        ResponseEntity<String> xml = get("minhtv", "/process-definition/" + appraisal.getProcessDefinitionId() + "/xml");

        assertThat(xml.getStatusCode()).as(xml.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(xml.getBody()).contains("Task_AppraiseDossier");
        // the desk reads the shared blocks it works in
        assertThat(get("lannt", "/process-definition/key/DossierIntakeProcess/xml").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        // another department does not read a procedure it has no step in
        assertThat(get("huypq", "/process-definition/" + appraisal.getProcessDefinitionId() + "/xml").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theSpecialistReadsTheHistoryOfTheirTaskAndAddsAComment() throws Exception {
        Task appraisal = taskOrFail();
        String task = "/task/" + appraisal.getId();
        assertThat(desk.api().send("minhtv", Desk.PASSWORD, HttpMethod.POST, "/engine-rest" + task + "/claim",
                Map.of("userId", "minhtv")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        // the History tab: the task's operation log and its comments
        JsonNode log = json.readTree(get("minhtv", "/history/user-operation?taskId=" + appraisal.getId()
                + "&maxResults=50").getBody());
        assertThat(log.findValuesAsText("operationType")).contains("Claim");
        ResponseEntity<String> added = desk.api().send("minhtv", Desk.PASSWORD, HttpMethod.POST,
                "/engine-rest" + task + "/comment/create", Map.of("message", "Đã kiểm tra giấy phép kinh doanh"));
        assertThat(added.getStatusCode()).as(added.getBody()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> comments = get("minhtv", task + "/comment");
        assertThat(comments.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(comments.getBody()).contains("Đã kiểm tra giấy phép kinh doanh");

        // another department reads neither, nor writes on the task
        assertThat(json.readTree(get("huypq", "/history/user-operation?taskId=" + appraisal.getId()
                + "&maxResults=50").getBody())).isEmpty();
        assertThat(get("huypq", task + "/comment").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(desk.api().send("huypq", Desk.PASSWORD, HttpMethod.POST, "/engine-rest" + task + "/comment/create",
                Map.of("message", "Ý kiến lạ")).getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(get("minhtv", task + "/comment").getBody()).doesNotContain("Ý kiến lạ");
    }

    @Test
    void readingTheDefinitionReadsNoInstanceAndNoOtherDepartmentsTask() {
        Task appraisal = taskOrFail();

        // the specialist reads the definition, not the dossier's process instance nor its variables
        assertThat(get("minhtv", "/process-instance/" + appraisal.getProcessInstanceId()).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("minhtv", "/history/process-instance?processInstanceId=" + appraisal.getProcessInstanceId()
                + "&maxResults=10").getBody()).isEqualTo("[]");
        // and another department of the same agency sees nothing of the task
        assertThat(get("huypq", "/task/" + appraisal.getId()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("huypq", "/task?processInstanceId=" + appraisal.getProcessInstanceId() + "&maxResults=10")
                .getBody()).isEqualTo("[]");
        assertThat(get("huypq", "/history/task?taskId=" + appraisal.getId() + "&maxResults=10").getBody())
                .isEqualTo("[]");
    }

    private Task taskOrFail() {
        try {
            return appraisalOfANewDossier();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
