package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import vn.motcua.Api;
import vn.motcua.MotcuaIT;

/**
 * The manager reads his agency's instances in Cockpit and its reports, and the province's QMS officer and leader every
 * agency's; none of them changes anything: every write of the engine's REST API and of the application's API is
 * refused with a 4xx, and the data stays as it was.
 */
@MotcuaIT
class ManagerReadOnlyIT {

    private static final String MANAGER = "boss";
    private static final String PASSWORD = "secret";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    FilterService filterService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    HistoryService historyService;

    private Api api;

    /** The manager of the test profile, or the province's QMS officer and leader of the demo one. */
    private static String password(String reader) {
        return MANAGER.equals(reader) ? PASSWORD : "demo";
    }
    private String processKey;
    private String instanceId;
    private String taskId;
    private ProcessDefinition definition;

    @BeforeEach
    void aDossierAtDepartmentA() {
        api = new Api(rest);
        processKey = "ManagerProcess" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        BpmnModelInstance model = Bpmn.createExecutableProcess(processKey).camundaHistoryTimeToLive(30)
                .camundaVersionTag("1").startEvent().userTask("Task_Appraise").name("Thẩm định")
                .camundaCandidateGroups("test-dept-a").endEvent().done();
        model.<org.camunda.bpm.model.bpmn.instance.Process>getModelElementById(processKey)
                .setCamundaCandidateStarterGroups("one-stop-clerk");
        repositoryService.createDeployment().addModelInstance(processKey + ".bpmn", model).deploy();
        definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey).singleResult();
        instanceId = runtimeService.startProcessInstanceByKey(processKey, Map.of("decision", "pending")).getId();
        taskId = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
    }

    @Test
    void theManagerReadsTheTaskAndTheInstance() {
        assertThat(api.get(MANAGER, PASSWORD, "/engine-rest/task/" + taskId).getStatusCode().value()).isEqualTo(200);
        assertThat(api.get(MANAGER, PASSWORD, "/engine-rest/process-instance/" + instanceId + "/variables")
                .getStatusCode().value()).isEqualTo(200);
    }

    /**
     * The administrators' log (authorizations, users, groups: category Admin, of no agency) is for administrators:
     * a manager, who reads every history his agency's tenant lets through, reads none of it.
     */
    @Test
    void aManagerReadsNoneOfTheAdministratorsLog() throws Exception {
        String resourceId = "oplog-" + UUID.randomUUID();
        identityService.setAuthentication("admin", List.of("camunda-admin"));
        String grantId;
        try {
            Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setGroupId("test-dept-a");
            grant.setResource(Resources.FILTER);
            grant.setResourceId(resourceId);
            grant.addPermission(Permissions.READ);
            grantId = authorizationService.saveAuthorization(grant).getId();
            assertThat(historyService.createUserOperationLogQuery().entityType("Authorization").count())
                    .as("an administrator reads the log of the grant").isPositive();
        } finally {
            identityService.clearAuthentication();
        }
        try {
            for (String query : List.of("entityType=Authorization", "category=Admin", "categoryIn=Admin,Operator",
                    "entityType=Authorization&categoryIn=TaskWorker,Operator")) {
                ResponseEntity<String> answer = api.get(MANAGER, PASSWORD,
                        "/engine-rest/history/user-operation?maxResults=500&" + query);
                assertThat(answer.getStatusCode().value()).as(query).isEqualTo(200);
                assertThat(answer.getBody()).as(query).doesNotContain(resourceId).doesNotContain("\"Admin\"");
            }
            // the other categories still answer (Tasklist's and Cockpit's histories)
            assertThat(api.get(MANAGER, PASSWORD, "/engine-rest/history/user-operation/count?categoryIn=TaskWorker")
                    .getStatusCode().value()).isEqualTo(200);
        } finally {
            authorizationService.deleteAuthorization(grantId);
        }
    }

    @Test
    void whoWorksTheTaskStillCommentsOnIt() {
        // (Camunda's REST resource for comments first looks the task up in history, which departments do not
        // read: they comment through the engine, as a task form would)
        identityService.setAuthentication("speca", List.of("specialist", "test-dept-a"));
        try {
            taskService.createComment(taskId, null, "Đang thẩm định");
        } finally {
            identityService.clearAuthentication();
        }
        assertThat(taskService.getTaskComments(taskId)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {MANAGER, "ngatt", "vinhnq"})
    void everyWriteOfTheEngineIsRefusedAndNothingChanges(String reader) {
        Snapshot before = snapshot();
        String task = "/engine-rest/task/" + taskId;
        String instance = "/engine-rest/process-instance/" + instanceId;
        Map<String, Object> writes = new LinkedHashMap<>();
        writes.put("POST " + task + "/complete", Map.of());
        writes.put("POST " + task + "/claim", Map.of("userId", reader));
        writes.put("POST " + task + "/assignee", Map.of("userId", reader));
        writes.put("POST " + task + "/delegate", Map.of("userId", reader));
        writes.put("PUT " + task, Map.of("name", "Đổi tên", "priority", 99));
        writes.put("POST " + task + "/localVariables", Map.of("modifications", Map.of("x", Map.of("value", "1"))));
        writes.put("POST " + task + "/identity-links", Map.of("userId", reader, "type", "candidate"));
        writes.put("POST " + task + "/comment/create", Map.of("message", "Đã xem"));
        writes.put("POST " + task + "/comment/create?onTheInstance", Map.of("message", "Đã xem",
                "processInstanceId", instanceId));
        writes.put("POST /engine-rest/task/create", Map.of("id", "managers-own-task", "name", "Việc riêng"));
        writes.put("PUT " + instance + "/variables/decision", Map.of("value", "approved", "type", "String"));
        writes.put("POST " + instance + "/variables", Map.of("modifications", Map.of("decision", Map.of("value", "x"))));
        writes.put("POST " + instance + "/modification", Map.of("instructions",
                List.of(Map.of("type", "cancel", "activityId", "Task_Appraise"))));
        writes.put("PUT " + instance + "/suspended", Map.of("suspended", true));
        writes.put("DELETE " + instance, null);
        writes.put("PUT /engine-rest/process-definition/" + definition.getId() + "/suspended",
                Map.of("suspended", true, "includeProcessInstances", true));
        writes.put("POST /engine-rest/process-definition/key/" + processKey + "/start", Map.of());
        writes.put("DELETE /engine-rest/deployment/" + definition.getDeploymentId() + "?cascade=true", null);
        writes.put("POST /engine-rest/user/create", Map.of("profile", Map.of("id", "managersfriend", "firstName", "A",
                "lastName", "B"), "credentials", Map.of("password", "Friend-2026")));
        writes.put("PUT /engine-rest/group/test-dept-a/members/" + reader, null);
        writes.put("DELETE /engine-rest/user/" + reader, null);
        writes.put("POST /engine-rest/group/create", Map.of("id", "managers-club", "name", "Câu lạc bộ"));
        writes.put("POST /engine-rest/filter/create", Map.of("resourceType", "Task", "name", "Của tôi", "query", Map.of()));
        writes.put("POST /engine-rest/authorization/create", Map.of("type", 1, "permissions", List.of("ALL"),
                "userId", reader, "resourceType", 0, "resourceId", "*"));
        writes.put("POST /engine-rest/identity/verify", Map.of("username", "clerk", "password", "secret"));

        for (Map.Entry<String, Object> write : writes.entrySet()) {
            String[] methodAndPath = write.getKey().split(" ", 2);
            ResponseEntity<String> response = api.send(reader, password(reader), HttpMethod.valueOf(methodAndPath[0]),
                    methodAndPath[1], write.getValue());

            assertThat(response.getStatusCode().is4xxClientError()).as(write.getKey() + " answered "
                    + response.getStatusCode() + " " + response.getBody()).isTrue();
        }
        assertThat(deploy().getStatusCode().is4xxClientError()).as("deployment").isTrue();
        ResponseEntity<String> attachment = attach();
        assertThat(attachment.getStatusCode().is4xxClientError()).as("attachment " + attachment.getBody()).isTrue();

        assertThat(snapshot()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {MANAGER, "ngatt", "vinhnq"})
    void theApplicationsWritesAreRefusedToo(String reader) {
        long dossiers = count("motcua_dossier");
        long nonconformities = count("motcua_nonconformity");
        long risks = count("motcua_risk");
        long reviews = count("motcua_management_review");
        Map<String, Object> writes = new LinkedHashMap<>();
        writes.put("POST /api/dossiers", Map.of("procedureCode", "MAU-SCT-RUOU-BB", "channel", "IN_PERSON",
                "applicant", Map.of("name", "Nguyễn Văn Bảo", "idNumber", "001085012345"),
                "papers", DossierAttacks.LIQUOR_PAPERS, "intakeOutcome", "COMPLETE"));
        writes.put("POST /api/quality/nonconformities", Map.of("description", "Trễ hạn", "responsibleUnit", "test-dept-a"));
        writes.put("POST /api/quality/risks", Map.of("kind", "RISK", "description", "Mất dữ liệu"));
        writes.put("POST /api/quality/management-reviews", null);
        writes.put("POST /api/quality/objectives/evaluate?month=2026-01", null);
        writes.put("POST /api/quality/audit-programmes?year=2031", null);
        writes.put("POST /api/quality/records-reviews", null);
        writes.put("POST /api/legal-documents/15-2018-nd-cp/changes", Map.of("summary", "Sửa đổi"));
        writes.put("PUT /api/calendar/days/2030-06-03", Map.of("kind", "CLOSURE", "reason", "Bão"));

        for (Map.Entry<String, Object> write : writes.entrySet()) {
            String[] methodAndPath = write.getKey().split(" ", 2);
            ResponseEntity<String> response = api.send(reader, password(reader), HttpMethod.valueOf(methodAndPath[0]),
                    methodAndPath[1], write.getValue());

            assertThat(response.getStatusCode().value()).as(write.getKey() + " answered " + response.getBody())
                    .isIn(400, 403, 404, 409);
        }
        assertThat(count("motcua_dossier")).isEqualTo(dossiers);
        assertThat(count("motcua_nonconformity")).isEqualTo(nonconformities);
        assertThat(count("motcua_risk")).isEqualTo(risks);
        assertThat(count("motcua_management_review")).isEqualTo(reviews);
    }

    private ResponseEntity<String> deploy() {
        String key = "ManagersModel" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        byte[] xml = Bpmn.convertToString(Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(30)
                .camundaVersionTag("1").startEvent().endEvent().done()).getBytes(StandardCharsets.UTF_8);
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("deployment-name", key);
        form.add("data", new ByteArrayResource(xml) {
            @Override
            public String getFilename() {
                return key + ".bpmn";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(MANAGER, PASSWORD);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.exchange("/engine-rest/deployment/create", HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    }

    private ResponseEntity<String> attach() {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("attachment-name", "Ghi chú của lãnh đạo");
        form.add("attachment-type", "text/plain");
        form.add("url", "https://example.org/note");
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(MANAGER, PASSWORD);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.exchange("/engine-rest/task/" + taskId + "/attachment/create", HttpMethod.POST,
                new HttpEntity<>(form, headers), String.class);
    }

    private record Snapshot(String taskName, String assignee, int priority, long candidateUsers, long comments,
                            long attachments,
                            Object decision, long instances, boolean instanceSuspended, boolean definitionSuspended,
                            long deployments, long users, long groups, long managersGroups, long filters,
                            long authorizations, long tasks) {
    }

    private Snapshot snapshot() {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        return new Snapshot(task.getName(), task.getAssignee(), task.getPriority(),
                taskService.getIdentityLinksForTask(taskId).stream().filter(link -> link.getUserId() != null).count(),
                taskService.getTaskComments(taskId).size(), taskService.getTaskAttachments(taskId).size(), runtimeService.getVariable(instanceId, "decision"),
                runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey).count(),
                runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).singleResult().isSuspended(),
                repositoryService.getProcessDefinition(definition.getId()).isSuspended(),
                repositoryService.createDeploymentQuery().count(), identityService.createUserQuery().count(),
                identityService.createGroupQuery().count(), identityService.createGroupQuery().groupMember(MANAGER).count(),
                filterService.createFilterQuery().count(), authorizationService.createAuthorizationQuery().count(),
                taskService.createTaskQuery().count());
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    @Test
    void noNonconformityOrRiskIsRoutedToTheManagersOrAdministratorsGroupForThemToWork() {
        // given an agency leader who may file nonconformities and risks
        long nonconformities = count("motcua_nonconformity");
        long risks = count("motcua_risk");

        for (String unit : List.of("manager", "camunda-admin", "process-modeller")) {
            // when the leader names a role as the responsible unit (its members would be offered the tasks)
            ResponseEntity<String> nonconformity = api.send("namhv", "demo", HttpMethod.POST,
                    "/api/quality/nonconformities", Map.of("description", "Trễ hạn", "responsibleUnit", unit));
            ResponseEntity<String> risk = api.send("namhv", "demo", HttpMethod.POST, "/api/quality/risks",
                    Map.of("kind", "RISK", "title", "Rủi ro", "responsibleUnit", unit));

            // then 400 naming the field, and nothing is filed
            assertThat(nonconformity.getStatusCode()).as(unit).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(nonconformity.getBody()).contains("responsibleUnit");
            assertThat(risk.getStatusCode()).as(unit).isEqualTo(HttpStatus.BAD_REQUEST);
        }
        assertThat(count("motcua_nonconformity")).isEqualTo(nonconformities);
        assertThat(count("motcua_risk")).isEqualTo(risks);
    }

}
