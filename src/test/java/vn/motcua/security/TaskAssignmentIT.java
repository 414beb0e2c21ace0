package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.motcua.Api;
import vn.motcua.MotcuaIT;

/**
 * A department used to claim its task for a user of another agency, who could then complete it. A task is
 * now claimed, assigned, delegated or offered only to a member of its candidate groups.
 */
@MotcuaIT
class TaskAssignmentIT {

    private static final String PASSWORD = "secret";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    private Api api;
    private String taskId;

    @BeforeEach
    void aTaskOfDepartmentA() {
        api = new Api(rest);
        String key = "AssignmentProcess" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        repositoryService.createDeployment().addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key)
                .camundaHistoryTimeToLive(30).camundaVersionTag("1")
                .startEvent().userTask("Task_Appraise").name("Thẩm định").camundaCandidateGroups("test-dept-a")
                .endEvent().done()).deploy();
        String instanceId = runtimeService.startProcessInstanceByKey(key).getId();
        taskId = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
    }

    @Test
    void aDepartmentCannotClaimItsTaskForAnotherAgencysUser() throws Exception {
        ResponseEntity<String> response = api.send("speca", PASSWORD, HttpMethod.POST,
                "/engine-rest/task/" + taskId + "/claim", Map.of("userId", "specb"));

        assertRefusedNaming(response, "specb");
        assertThat(task().getAssignee()).isNull();
        // and specb, who would have been its assignee, still cannot complete it
        assertThat(api.send("specb", PASSWORD, HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete", Map.of())
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(task()).isNotNull();
    }

    @Test
    void notEvenAnAdministratorAssignsItOutsideItsCandidateGroups() throws Exception {
        String admin = "testadmin";
        String password = "admin-secret";
        String task = "/engine-rest/task/" + taskId;

        assertRefusedNaming(api.send(admin, password, HttpMethod.POST, task + "/assignee", Map.of("userId", "specb")), "specb");
        assertRefusedNaming(api.send(admin, password, HttpMethod.POST, task + "/claim", Map.of("userId", "specb")), "specb");
        assertRefusedNaming(api.send(admin, password, HttpMethod.POST, task + "/delegate", Map.of("userId", "specb")), "specb");
        assertRefusedNaming(api.send(admin, password, HttpMethod.POST, task + "/identity-links",
                Map.of("userId", "specb", "type", "candidate")), "specb");
        assertRefusedNaming(api.send(admin, password, HttpMethod.POST, task + "/identity-links",
                Map.of("userId", "specb", "type", "owner")), "specb");
        assertRefusedNaming(api.send(admin, password, HttpMethod.PUT, task,
                Map.of("name", "Thẩm định", "assignee", "specb", "priority", 50)), "specb");

        Task unchanged = task();
        assertThat(unchanged.getAssignee()).isNull();
        assertThat(unchanged.getOwner()).isNull();
        assertThat(taskService.getIdentityLinksForTask(taskId)).extracting(IdentityLink::getUserId).containsOnlyNulls();
    }

    @Test
    void membersClaimForThemselvesAndAnAdministratorAssignsToAMember() {
        assertThat(api.send("speca", PASSWORD, HttpMethod.POST, "/engine-rest/task/" + taskId + "/claim",
                Map.of("userId", "speca")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(task().getAssignee()).isEqualTo("speca");

        taskService.setAssignee(taskId, null);
        assertThat(api.send("testadmin", "admin-secret", HttpMethod.POST, "/engine-rest/task/" + taskId + "/assignee",
                Map.of("userId", "speca")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(task().getAssignee()).isEqualTo("speca");
    }

    @Test
    void anOutsiderCannotBeAddedAsCandidateToClaimItLater() {
        // a candidate user already on a task may be assigned it: none may be added from outside the groups
        assertThat(api.send("testadmin", "admin-secret", HttpMethod.POST, "/engine-rest/task/" + taskId + "/identity-links",
                Map.of("userId", "speca", "type", "candidate")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(api.send("testadmin", "admin-secret", HttpMethod.POST, "/engine-rest/task/" + taskId + "/identity-links",
                Map.of("userId", "clerk", "type", "candidate")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theModelStillAssignsWhomItNames() {
        // an internal audit's task goes to the auditor the programme names, outside the audited unit, when
        // a user's completing the step before creates it
        String key = "ModelAssignmentProcess" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        repositoryService.createDeployment().addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key)
                .camundaHistoryTimeToLive(30).camundaVersionTag("1")
                .startEvent().userTask("Task_Prepare").name("Chuẩn bị").camundaCandidateGroups("test-dept-a")
                .userTask("Task_Audit").name("Đánh giá").camundaCandidateGroups("test-dept-a")
                .camundaAssignee("${auditor}").endEvent().done()).deploy();
        String instanceId = runtimeService.startProcessInstanceByKey(key, Map.of("auditor", "specb")).getId();
        String prepare = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();

        assertThat(api.send("speca", PASSWORD, HttpMethod.POST, "/engine-rest/task/" + prepare + "/complete", Map.of())
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getAssignee())
                .isEqualTo("specb");
    }

    private Task task() {
        return taskService.createTaskQuery().taskId(taskId).singleResult();
    }

    private void assertRefusedNaming(ResponseEntity<String> response, String user) throws Exception {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isIn(400, 403);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.toString()).contains(user);
    }
}
