package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.motcua.Api;
import vn.motcua.MotcuaIT;

/**
 * A department user used to list every account with its e-mail and test anybody's password. Now a user
 * who is not an administrator reads themselves and the members of their departments, without e-mail.
 */
@MotcuaIT
class IdentitySurfaceIT {

    private static final String PASSWORD = "secret";
    private static final String COLLEAGUE = "colleaguea";
    private static final String COLLEAGUE_EMAIL = "colleague.a@example.vn";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    IdentityService identityService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    private Api api;

    @BeforeEach
    void aColleagueInDepartmentAWithAnEmail() {
        api = new Api(rest);
        User colleague = identityService.newUser(COLLEAGUE);
        colleague.setFirstName("Phạm Thị");
        colleague.setLastName("Cúc");
        colleague.setEmail(COLLEAGUE_EMAIL);
        colleague.setPassword(PASSWORD);
        identityService.saveUser(colleague);
        identityService.createMembership(COLLEAGUE, "specialist");
        identityService.createMembership(COLLEAGUE, "test-dept-a");
    }

    @AfterEach
    void removeTheColleague() {
        identityService.deleteMembership("specb", "test-dept-a");
        identityService.deleteUser(COLLEAGUE);
    }

    @Test
    void aDepartmentUserListsOnlyTheirDepartmentAndNoEmail() throws Exception {
        // when specialist A lists the accounts
        JsonNode users = read(api.get("speca", PASSWORD, "/engine-rest/user?maxResults=1000"));

        // then only A's department and A, without e-mail
        assertThat(ids(users)).contains("speca", COLLEAGUE).doesNotContain("specb", "clerk", "boss", "testadmin");
        assertThat(users.findValuesAsText("email")).doesNotContain(COLLEAGUE_EMAIL);
        assertThat(read(api.get("speca", PASSWORD, "/engine-rest/user/count")).get("count").asInt())
                .isEqualTo(users.size());
    }

    @Test
    void anotherDepartmentsAccountIsNotFound() throws Exception {
        ResponseEntity<String> profile = api.get("speca", PASSWORD, "/engine-rest/user/specb/profile");

        assertThat(profile.getStatusCode().is4xxClientError()).as(profile.getBody()).isTrue();
        assertThat(profile.getBody()).doesNotContain("Bình");
        // a colleague's profile is there, without the e-mail
        JsonNode colleague = read(api.get("speca", PASSWORD, "/engine-rest/user/" + COLLEAGUE + "/profile"));
        assertThat(colleague.get("firstName").asText()).isEqualTo("Phạm Thị");
        assertThat(colleague.path("email").isMissingNode() || colleague.get("email").isNull()).isTrue();
    }

    @Test
    void nobodyButAnAdministratorSearchesByEmail() {
        for (String path : List.of("/engine-rest/user?emailLike=%25example%25", "/engine-rest/user/count?email=" + COLLEAGUE_EMAIL,
                "/engine-rest/user?sortBy=email&sortOrder=asc")) {
            ResponseEntity<String> response = api.get("speca", PASSWORD, path);

            assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(response.getBody()).doesNotContain(COLLEAGUE);
        }
    }

    @Test
    void theGroupsOfAnotherDepartmentsUserAreNotListed() throws Exception {
        assertThat(read(api.get("speca", PASSWORD, "/engine-rest/group?maxResults=50&member=specb"))).isEmpty();
        assertThat(read(api.get("speca", PASSWORD, "/engine-rest/group/count?member=specb")).get("count").asInt()).isZero();
        // Camunda's /identity/groups lists without paging, so queryMaxResultsLimit refuses it (400) for
        // everyone; whatever it answers, it names none of another department's groups or members
        ResponseEntity<String> info = api.get("speca", PASSWORD, "/engine-rest/identity/groups?userId=specb");
        assertThat(info.getStatusCode().is4xxClientError() || info.getStatusCode().is2xxSuccessful()).isTrue();
        assertThat(info.getBody()).doesNotContain("test-dept-b").doesNotContain("\"specb\"");
    }

    @Test
    void theWebappsRestIsLimitedTheSameWay() throws Exception {
        HttpHeaders session = new WebappLogin(rest).session("tasklist", "speca", PASSWORD);

        JsonNode users = read(rest.exchange("/camunda/api/engine/engine/default/user?maxResults=1000", HttpMethod.GET,
                new HttpEntity<>(session), String.class));

        assertThat(ids(users)).contains("speca", COLLEAGUE).doesNotContain("specb", "clerk", "testadmin");
        assertThat(users.findValuesAsText("email")).doesNotContain(COLLEAGUE_EMAIL);
    }

    @Test
    void administratorsSeeEveryAccountWithItsEmail() throws Exception {
        JsonNode users = read(api.get("testadmin", "admin-secret", "/engine-rest/user?maxResults=1000"));

        assertThat(ids(users)).contains("speca", "specb", "clerk", "boss", COLLEAGUE);
        assertThat(users.findValuesAsText("email")).contains(COLLEAGUE_EMAIL);
    }

    @Test
    void whoIsReadableFollowsDepartmentMembership() throws Exception {
        // given specb joins department A (through the Admin webapp's REST calls)
        assertThat(api.send("testadmin", "admin-secret", HttpMethod.PUT, "/engine-rest/group/test-dept-a/members/specb",
                null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(ids(read(api.get("speca", PASSWORD, "/engine-rest/user?maxResults=1000")))).contains("specb");

        // when specb leaves it again
        assertThat(api.send("testadmin", "admin-secret", HttpMethod.DELETE, "/engine-rest/group/test-dept-a/members/specb",
                null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        // then A no longer reads specb's account
        assertThat(ids(read(api.get("speca", PASSWORD, "/engine-rest/user?maxResults=1000")))).doesNotContain("specb");
    }

    @Test
    void onlyAnAdministratorTestsPasswords() throws Exception {
        Map<String, String> guess = Map.of("username", "clerk", "password", PASSWORD);

        ResponseEntity<String> refused = api.send("speca", PASSWORD, HttpMethod.POST, "/engine-rest/identity/verify", guess);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(read(refused).get("status").asInt()).isEqualTo(403);
        assertThat(refused.getBody()).doesNotContain("authenticated");

        // nor through the webapps' REST, with a Tasklist session and its CSRF token
        HttpHeaders session = new WebappLogin(rest).session("tasklist", "speca", PASSWORD);
        session.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> throughWebapp = rest.exchange("/camunda/api/engine/engine/default/identity/verify",
                HttpMethod.POST, new HttpEntity<>(json.writeValueAsString(guess), session), String.class);
        assertThat(throughWebapp.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(throughWebapp.getBody()).doesNotContain("authenticated");

        // an administrator may
        ResponseEntity<String> admin = api.send("testadmin", "admin-secret", HttpMethod.POST, "/engine-rest/identity/verify",
                guess);
        assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(read(admin).get("authenticated").asBoolean()).isTrue();
    }

    @Test
    void tasklistStillNamesTheAssigneeOfAnOwnTask() throws Exception {
        // given a task of department A that the colleague has claimed
        String key = "IdentityNamesProcess" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        repositoryService.createDeployment().addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key)
                .camundaHistoryTimeToLive(30).camundaVersionTag("1")
                .startEvent().userTask("Task_Appraise").name("Thẩm định").camundaCandidateGroups("test-dept-a")
                .endEvent().done()).deploy();
        String instanceId = runtimeService.startProcessInstanceByKey(key).getId();
        String taskId = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
        taskService.claim(taskId, COLLEAGUE);

        // when specialist A lists it in Tasklist (Camunda's HAL task list, assignees embedded)
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("speca", PASSWORD);
        headers.setAccept(List.of(MediaType.valueOf("application/hal+json")));
        JsonNode tasks = read(rest.exchange("/engine-rest/task?maxResults=50&processInstanceId=" + instanceId, HttpMethod.GET,
                new HttpEntity<>(headers), String.class));

        // then the assignee's name is there, not the e-mail
        assertThat(tasks.path("_embedded").path("assignee").path(0).path("firstName").asText()).as(tasks.toString())
                .isEqualTo("Phạm Thị");
        assertThat(tasks.toString()).doesNotContain(COLLEAGUE_EMAIL);
    }

    private JsonNode read(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode().is2xxSuccessful() || response.getStatusCode().is4xxClientError())
                .as(response.getBody()).isTrue();
        return json.readTree(response.getBody());
    }

    private static List<String> ids(JsonNode users) {
        List<String> ids = new ArrayList<>();
        users.forEach(user -> ids.add(user.get("id").asText()));
        return ids;
    }

    @Test
    void deskClerksSeeEachOtherToHandOverATaskButOthersDoNot() throws Exception {
        // the desk is a role, not a department, yet its clerks assign tasks to each other in Tasklist
        JsonNode seenByClerk = read(api.get("lannt", "demo", "/engine-rest/user?maxResults=50&id=hungpv"));
        JsonNode seenBySpecialist = read(api.get("minhtv", "demo", "/engine-rest/user?maxResults=50&id=hungpv"));

        assertThat(seenByClerk.findValuesAsText("id")).containsExactly("hungpv");
        assertThat(seenByClerk.toString()).doesNotContain("@");
        assertThat(seenBySpecialist.findValuesAsText("id")).isEmpty();
    }
}
