package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.el.StartProcessVariableScope;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

import vn.motcua.Api;
import vn.motcua.MotcuaIT;
import vn.motcua.engine.AllowedBeans;

/**
 * A process modeller (or anyone who may deploy) uses a model, or a task query, to reach past the engine:
 * read the settings or the dossier table through a Spring bean, run a script, skip document control,
 * replace a shipped process. Each is refused with a 400 JSON answer and nothing is stored.
 */
@MotcuaIT
class ExpressionsAndDeploymentsIT {

    private static final String MODELLER = "modeller";
    private static final String PASSWORD = "secret";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    FilterService filterService;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ApplicationContext applicationContext;
    @Autowired
    ObjectMapper json;

    private Api api;
    private long deploymentsBefore;
    private long filtersBefore;
    private String key;

    @BeforeEach
    void countWhatMustNotChange() {
        api = new Api(rest);
        deploymentsBefore = repositoryService.createDeploymentQuery().count();
        filtersBefore = filterService.createFilterQuery().count();
        key = "ModellerProcess" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    // --- models that reach Spring beans -------------------------------------------------------------

    @Test
    void aServiceTaskReadingTheServerSettingsIsRefusedNamingTheElement() throws Exception {
        BpmnModelInstance model = process(key).serviceTask("Task_ReadSettings")
                .camundaExpression("${environment.getProperty('spring.datasource.url')}").camundaResultVariable("url")
                .endEvent("EndEvent_Done").done();

        ResponseEntity<String> response = deploy(MODELLER, Map.of(key + ".bpmn", xml(model)), null);

        assertRefused(response, "Task_ReadSettings", "allowed-expressions");
        assertThat(response.getBody()).contains("environment");
    }

    @Test
    void aListenerReadingTheDossierTableIsRefused() throws Exception {
        BpmnModelInstance model = process(key).userTask("Task_Work").camundaCandidateGroups("specialist")
                .camundaExecutionListenerExpression("start",
                        "${jdbcClient.sql('select * from motcua_dossier').query().listOfRows()}")
                .endEvent("EndEvent_Done").done();

        assertRefused(deploy(MODELLER, Map.of(key + ".bpmn", xml(model)), null), "Task_Work", "allowed-expressions");
    }

    @Test
    void aConditionReachingTheIdentityServiceIsRefused() throws Exception {
        BpmnModelInstance model = process(key).exclusiveGateway("Gateway_Leak")
                .condition("yes", "${execution.processEngineServices.identityService.createUserQuery().count() > 0}")
                .userTask("Task_Yes").camundaCandidateGroups("specialist").endEvent("EndEvent_Yes")
                .moveToLastGateway().condition("no", "${!approved}")
                .userTask("Task_No").camundaCandidateGroups("specialist").endEvent("EndEvent_No")
                .done();
        ResponseEntity<String> response = deploy(MODELLER, Map.of(key + ".bpmn", xml(model)), null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("allowed-expressions", "execution.processEngineServices");
        assertNothingDeployed();
    }

    @Test
    void aScriptTaskIsRefused() throws Exception {
        BpmnModelInstance model = process(key).scriptTask("Task_Script").scriptFormat("javascript")
                .scriptText("java.lang.Runtime.getRuntime()").endEvent("EndEvent_Done").done();

        assertRefused(deploy(MODELLER, Map.of(key + ".bpmn", xml(model)), null), "Task_Script", "no-scripts-or-classes");
    }

    @Test
    void aJavaClassIsRefused() throws Exception {
        BpmnModelInstance model = process(key).serviceTask("Task_Class").camundaClass("java.lang.Runtime")
                .endEvent("EndEvent_Done").done();

        assertRefused(deploy(MODELLER, Map.of(key + ".bpmn", xml(model)), null), "Task_Class", "no-scripts-or-classes");
    }

    @Test
    void aDecisionInJuelIsRefused() throws Exception {
        String dmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_Leak" name="Leak"
                    namespace="http://camunda.org/schema/1.0/dmn">
                  <decision id="Decision_Leak" name="Leak">
                    <literalExpression id="LiteralExpression_Leak" expressionLanguage="juel">
                      <text>${environment.getProperty('spring.datasource.password')}</text>
                    </literalExpression>
                    <variable name="leak" />
                  </decision>
                </definitions>""";

        ResponseEntity<String> response = deploy(MODELLER, Map.of("Leak.dmn", dmn.getBytes(StandardCharsets.UTF_8)), null);

        assertRefused(response, "LiteralExpression_Leak", "feel-only");
        assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("Decision_Leak").count()).isZero();
    }

    @Test
    void anHtmlFormOrScriptResourceIsRefused() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(key + ".bpmn", xml(plainModel(key)));
        files.put("forms/approve.html", "<script>fetch('/engine-rest/user')</script>".getBytes(StandardCharsets.UTF_8));
        files.put("tasklist.js", "alert(document.cookie)".getBytes(StandardCharsets.UTF_8));

        ResponseEntity<String> response = deploy(MODELLER, files, null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("resource-types", "forms/approve.html", "tasklist.js");
        assertNothingDeployed();
    }

    // --- the deployment source and the shipped keys -------------------------------------------------

    @Test
    void claimingTheProcessesOrDocumentControlSourceIsRefused() throws Exception {
        for (String source : List.of("processes", "document-control", " Processes ")) {
            ResponseEntity<String> response = deploy(MODELLER, Map.of(key + ".bpmn", xml(plainModel(key))), source);

            assertThat(response.getStatusCode()).as(source).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(json.readTree(response.getBody()).get("message").asText()).contains("trusted-source", "reserved");
            assertNothingDeployed();
        }
    }

    @Test
    void aProcedureModelClaimingDocumentControlIsStillAControlledDocument() throws Exception {
        BpmnModelInstance procedure = Bpmn.readModelFromStream(getClass().getResourceAsStream(
                "/processes/procedures/so-cong-thuong/LiquorWholesaleLicenceProcess.bpmn"));

        ResponseEntity<String> response = deploy(MODELLER, Map.of("Shadow.bpmn", xml(procedure)), "document-control");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("trusted-source", "controlled-document");
        assertNothingDeployed();
    }

    @Test
    void aNewVersionOfAShippedIsoProcessOrSharedBlockIsRefused() throws Exception {
        long audits = repositoryService.createProcessDefinitionQuery().processDefinitionKey("InternalAuditProcess").count();
        for (String shipped : List.of("InternalAuditProcess", "DossierIntakeProcess", "DocumentControlProcess")) {
            ResponseEntity<String> response = deploy(MODELLER, Map.of(shipped + ".bpmn", xml(plainModel(shipped))), null);

            assertRefused(response, shipped, "shipped-key");
            assertThat(response.getBody()).contains("document control");
        }
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("InternalAuditProcess").count())
                .isEqualTo(audits);
    }

    @Test
    void redeployingTheShippedDeploymentUnderTheProcessesSourceIsRefused() throws Exception {
        String shipped = repositoryService.createProcessDefinitionQuery().processDefinitionKey("InternalAuditProcess")
                .latestVersion().singleResult().getDeploymentId();

        ResponseEntity<String> response = api.send(MODELLER, PASSWORD, HttpMethod.POST,
                "/engine-rest/deployment/" + shipped + "/redeploy", Map.of("source", "processes"));

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("trusted-source", "shipped-key");
        assertNothingDeployed();
    }

    @Test
    void anAdministratorCannotShadowAShippedKeyThroughRestEither() throws Exception {
        ResponseEntity<String> response = deploy("testadmin", "admin-secret",
                Map.of("InternalAuditProcess.bpmn", xml(plainModel("InternalAuditProcess"))), null);

        assertRefused(response, "InternalAuditProcess", "shipped-key");
    }

    /**
     * The quality system's beans act on the record a variable names: a model of the modeller's naming another
     * agency's record in an input parameter, started by its own timer, would issue an unapproved procedure
     * revision or close another commune's risk. Only the models shipped under processes/ may call them.
     */
    @Test
    void aModelCallingTheQualitySystemsBeansIsRefusedOutsideTheShippedModels() throws Exception {
        BpmnModelInstance model = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(30).camundaVersionTag("1")
                .startEvent("StartEvent_Soon").timerWithDate("2026-01-01T00:00:00")
                .serviceTask("Task_Issue").camundaExpression("${documentControl.issue(execution)}")
                .camundaInputParameter("documentCode", "TL-2026-000001")
                .serviceTask("Task_CloseRisk").camundaExpression("${risks.closed(execution)}")
                .camundaInputParameter("riskCode", "RR-2026-0002")
                .endEvent("EndEvent_Done").done();

        ResponseEntity<String> response = deploy(MODELLER, Map.of(key + ".bpmn", xml(model)), "Camunda Modeler");

        assertRefused(response, "Task_Issue", "shipped-only-bean");
        assertThat(response.getBody()).contains("Task_CloseRisk", "documentControl", "risks");

        // named alone, as a delegate expression
        BpmnModelInstance delegate = process(key).serviceTask("Task_Dispose").camundaDelegateExpression("${records}")
                .endEvent("EndEvent_Done").done();
        assertRefused(deploy(MODELLER, Map.of(key + ".bpmn", xml(delegate)), null), "Task_Dispose", "shipped-only-bean");
    }

    /** The same at run time, for an instance of a model stored before the rule refused it. */
    @Test
    void atRunTimeTheQualitySystemsBeansResolveOnlyForTheShippedModels() {
        repositoryService.createDeployment().addModelInstance(key + ".bpmn", plainModel(key)).deploy();
        String instance = engine.getRuntimeService().startProcessInstanceByKey(key).getId();
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

        assertThatThrownBy(() -> evaluateIn(configuration, instance, "${risks}"))
                .hasMessageContaining("Cannot resolve identifier 'risks'");
        assertThatThrownBy(() -> evaluateIn(configuration, instance, "${documentControl}"))
                .hasMessageContaining("Cannot resolve identifier 'documentControl'");
        assertThat(evaluateIn(configuration, instance, "${dossierDeadlines}"))
                .isSameAs(applicationContext.getBean("dossierDeadlines"));
        String shipped = repositoryService.createProcessDefinitionQuery().processDefinitionKey("RiskProcess")
                .latestVersion().singleResult().getId();
        assertThat(evaluateWithDefinition(configuration, shipped, null, "${risks}")).isSameAs(applicationContext.getBean("risks"));
        // the shipped process called by the modeller's instance (a call activity passing a record's code in)
        assertThatThrownBy(() -> evaluateWithDefinition(configuration, shipped, instance, "${risks}"))
                .hasMessageContaining("Cannot resolve identifier 'risks'");
    }

    /**
     * The probe's way round: a model naming no QMS bean calls the shipped RiskProcess with a risk's code and its own
     * group as the responsible unit; completing the assessment would act on that risk. The engine refuses the bean.
     */
    @Test
    void aShippedQmsProcessCalledFromAnotherModelActsOnNoRecord() {
        BpmnModelInstance model = process(key).callActivity("Activity_CallRisk").calledElement("RiskProcess")
                .camundaIn("riskCode", "riskCode").camundaIn("responsibleUnit", "responsibleUnit")
                .endEvent("EndEvent_Done").done();
        repositoryService.createDeployment().addModelInstance(key + ".bpmn", model).deploy();
        String caller = engine.getRuntimeService().startProcessInstanceByKey(key,
                Map.of("riskCode", "RR-2026-9999", "responsibleUnit", "process-modeller")).getId();
        org.camunda.bpm.engine.task.Task assess = engine.getTaskService().createTaskQuery()
                .processInstanceId(engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(caller)
                        .singleResult().getId()).singleResult();

        assertThatThrownBy(() -> engine.getTaskService().complete(assess.getId(),
                Map.of("likelihood", 5L, "impact", 5L, "assessmentNote", "x")))
                .hasMessageContaining("Cannot resolve identifier 'risks'");
        assertThat(engine.getTaskService().createTaskQuery().taskId(assess.getId()).count()).isEqualTo(1);
    }

    private static Object evaluateIn(ProcessEngineConfigurationImpl configuration, String instanceId, String expression) {
        return configuration.getCommandExecutorTxRequired().execute(context -> {
            ExecutionEntity execution = context.getExecutionManager().findExecutionById(instanceId);
            Context.setExecutionContext(execution);
            try {
                return configuration.getExpressionManager().createExpression(expression).getValue(execution);
            } finally {
                Context.removeExecutionContext();
            }
        });
    }

    /** An expression evaluated for a new, unsaved instance of the definition, called by the given instance or none. */
    private static Object evaluateWithDefinition(ProcessEngineConfigurationImpl configuration, String definitionId,
                                                 String callerInstanceId, String expression) {
        return configuration.getCommandExecutorTxRequired().execute(context -> {
            ExecutionEntity execution = new ExecutionEntity();
            execution.setProcessDefinition(context.getProcessEngineConfiguration().getDeploymentCache()
                    .findDeployedProcessDefinitionById(definitionId));
            execution.setProcessInstance(execution);
            if (callerInstanceId != null) {
                execution.setSuperExecution(context.getExecutionManager().findExecutionById(callerInstanceId));
            }
            Context.setExecutionContext(execution);
            try {
                return configuration.getExpressionManager().createExpression(expression)
                        .getValue(StartProcessVariableScope.getSharedInstance());
            } finally {
                Context.removeExecutionContext();
            }
        });
    }

    @Test
    void aModellerStillDeploysAnOrdinaryModelFromCamundaModeler() throws Exception {
        BpmnModelInstance model = process(key)
                .userTask("Task_Appraise").name("Thẩm định").camundaCandidateGroups("${responsibleUnit}")
                .camundaDueDate("${dossierDeadlines.stepDueAt(execution)}")
                .exclusiveGateway("Gateway_Approved")
                .condition("yes", "${execution.getVariable('approved') == true}").endEvent("EndEvent_Approved")
                .moveToLastGateway().condition("no", "${!approved}").endEvent("EndEvent_Refused")
                .done();

        // Camunda Modeler's form: name, optional source, tenant left out, the file
        ResponseEntity<String> response = deploy(MODELLER, Map.of(key + ".bpmn", xml(model)), "Camunda Modeler");

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isEqualTo(1);
    }

    @Test
    void cockpitsOwnRestApiRunsTheSameRules() throws Exception {
        // given the modeller signed in to Cockpit (the webapp's login, with its CSRF token)
        HttpHeaders session = cockpitSession();
        session.setContentType(MediaType.MULTIPART_FORM_DATA);

        // when it deploys through Cockpit's REST API, claiming the processes/ source
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("deployment-name", "from-cockpit");
        form.add("deployment-source", "processes");
        byte[] model = xml(process(key).serviceTask("Task_ReadSettings")
                .camundaExpression("${environment.getProperty('spring.datasource.url')}").endEvent("EndEvent_Done").done());
        form.add(key + ".bpmn", new ByteArrayResource(model) {
            @Override
            public String getFilename() {
                return key + ".bpmn";
            }
        });
        ResponseEntity<String> response = rest.exchange("/camunda/api/engine/engine/default/deployment/create",
                HttpMethod.POST, new HttpEntity<>(form, session), String.class);

        // then
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("trusted-source", "Task_ReadSettings", "allowed-expressions");
        assertNothingDeployed();
    }

    private static String cookies(HttpHeaders headers, String otherwise) {
        List<String> set = headers.getOrDefault(HttpHeaders.SET_COOKIE, List.of());
        return set.isEmpty() ? otherwise : String.join("; ", set.stream().map(cookie -> cookie.split(";")[0]).toList());
    }

    private static String xsrf(HttpHeaders headers, String otherwise) {
        return headers.getOrDefault(HttpHeaders.SET_COOKIE, List.of()).stream().filter(c -> c.startsWith("XSRF-TOKEN="))
                .map(c -> c.split(";")[0].substring("XSRF-TOKEN=".length())).findFirst().orElse(otherwise);
    }

    // --- expressions at run time --------------------------------------------------------------------

    @Test
    void atRunTimeAnExpressionResolvesOnlyTheAllowedBeans() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

        // as if a model had slipped past the rules: the engine evaluates its expressions
        for (String bean : List.of("environment", "jdbcClient", "dataSource", "processEngine", "identityService",
                "documentControlController", "applicationContext")) {
            assertThatThrownBy(() -> evaluate(configuration, "${" + bean + "}")).as(bean)
                    .hasMessageContaining("Cannot resolve identifier '" + bean + "'");
        }
        for (String bean : AllowedBeans.names()) {
            assertThat(evaluate(configuration, "${" + bean + "}")).as(bean).isSameAs(applicationContext.getBean(bean));
        }
    }

    private static Object evaluate(ProcessEngineConfigurationImpl configuration, String expression) {
        return configuration.getCommandExecutorTxRequired().execute(context -> configuration.getExpressionManager()
                .createExpression(expression).getValue(StartProcessVariableScope.getSharedInstance()));
    }

    // --- expressions in task queries (Camunda 7.24 advisory) ----------------------------------------

    @Test
    void nobodyCreatesAFilterWithAnExpressionOfTheirOwn() throws Exception {
        Map<String, Object> filter = Map.of("resourceType", "Task", "name", "Mẹo", "owner", "speca",
                "query", Map.of("dueBeforeExpression", "${dossierDeadlines.stepDueAt(null)}"));

        for (String user : List.of("speca", MODELLER, "clerk")) {
            ResponseEntity<String> response = api.send(user, PASSWORD, HttpMethod.POST, "/engine-rest/filter/create",
                    filter);

            assertThat(response.getStatusCode().is4xxClientError()).as(user + ": " + response.getStatusCode()).isTrue();
            assertThat(response.getHeaders().getContentType().toString()).contains("json");
        }
        // nor the administrator: the expression is refused, whoever asks
        ResponseEntity<String> admin = api.send("testadmin", "admin-secret", HttpMethod.POST,
                "/engine-rest/filter/create", filter);
        assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(admin.getBody()).get("message").asText()).contains("dossierDeadlines.stepDueAt");
        Map<String, Object> orBranch = Map.of("resourceType", "Task", "name", "Mẹo hoặc",
                "query", Map.of("orQueries", List.of(Map.of("assigneeExpression", "${environment.getProperty('x')}"))));
        assertThat(api.send("testadmin", "admin-secret", HttpMethod.POST, "/engine-rest/filter/create", orBranch)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(filterService.createFilterQuery().count()).isEqualTo(filtersBefore);
    }

    @Test
    void nobodyUpdatesADefaultFilterWithAnExpressionOfTheirOwn() throws Exception {
        Filter mine = filterService.createFilterQuery().filterName("Việc của tôi").singleResult();
        Map<String, String> before = expressions(mine.getId());

        ResponseEntity<String> response = api.send("testadmin", "admin-secret", HttpMethod.PUT,
                "/engine-rest/filter/" + mine.getId(), Map.of("resourceType", "Task", "name", "Việc của tôi",
                        "query", Map.of("assigneeExpression", "${dossierIntake.receive(null)}")));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(expressions(mine.getId())).isEqualTo(before).containsValue("${currentUser()}");
    }

    @Test
    void anAdhocTaskQueryWithAnExpressionIsRefusedInEveryBranch() throws Exception {
        List<Map<String, Object>> queries = List.of(
                Map.of("dueBeforeExpression", "${now()}"),
                Map.of("orQueries", List.of(Map.of("assigneeExpression", "${dossierIntake.receive(null)}"))),
                Map.of("orQueries", List.of(Map.of("candidateGroupsExpression", "${environment.getProperty('x')}"))));

        for (Map<String, Object> query : queries) {
            for (String path : List.of("/engine-rest/task", "/engine-rest/task/count")) {
                ResponseEntity<String> response = api.send("speca", PASSWORD, HttpMethod.POST, path, query);

                assertThat(response.getStatusCode()).as(path + " " + query).isEqualTo(HttpStatus.BAD_REQUEST);
                assertThat(json.readTree(response.getBody()).get("message").asText()).as(path + " " + query)
                        .contains("expression");
            }
        }
    }

    @Test
    void aDefaultFilterRunsButNotExtendedWithAnExpression() throws Exception {
        Filter group = filterService.createFilterQuery().filterName("Đến hạn trong 1 ngày làm việc").singleResult();
        String list = "/engine-rest/filter/" + group.getId() + "/list?maxResults=50";

        assertThat(api.send("speca", PASSWORD, HttpMethod.POST, list, Map.of()).getStatusCode()).isEqualTo(HttpStatus.OK);
        for (Map<String, ?> extension : List.<Map<String, ?>>of(Map.of("dueAfterExpression", "${dossierIntake.receive(null)}"),
                Map.of("orQueries", List.of(Map.of("dueAfterExpression", "${dossierIntake.receive(null)}"))))) {
            ResponseEntity<String> response = api.send("speca", PASSWORD, HttpMethod.POST, list, extension);

            assertThat(response.getStatusCode()).as(extension.toString()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(json.readTree(response.getBody()).get("message").asText()).contains("expression");
        }
    }

    // --- helpers ------------------------------------------------------------------------------------

    private Map<String, String> expressions(String filterId) {
        return Map.copyOf(((org.camunda.bpm.engine.impl.TaskQueryImpl) filterService.getFilter(filterId).getQuery())
                .getExpressions());
    }

    private static org.camunda.bpm.model.bpmn.builder.StartEventBuilder process(String key) {
        return Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(30).camundaVersionTag("1")
                .startEvent("StartEvent_Received");
    }

    private static BpmnModelInstance plainModel(String key) {
        return process(key).userTask("Task_Work").camundaCandidateGroups("specialist").endEvent("EndEvent_Done").done();
    }

    private void assertRefused(ResponseEntity<String> response, String elementId, String rule) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType().toString()).contains("json");
        JsonNode body = json.readTree(response.getBody());
        assertThat(body.get("message").asText()).contains(elementId, rule);
        assertNothingDeployed();
    }

    private void assertNothingDeployed() {
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
    }

    private static byte[] xml(BpmnModelInstance model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Bpmn.writeModelToStream(out, model);
        return out.toByteArray();
    }

    private ResponseEntity<String> deploy(String user, Map<String, byte[]> files, String source) {
        return deploy(user, PASSWORD, files, source);
    }

    /** As Camunda Modeler's deploy button: multipart, deployment-name, optional deployment-source, the files. */
    private ResponseEntity<String> deploy(String user, String password, Map<String, byte[]> files, String source) {
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("deployment-name", "from-modeler");
        if (source != null) {
            form.add("deployment-source", source);
        }
        files.forEach((name, content) -> form.add(name, new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        }));
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, password);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.exchange("/engine-rest/deployment/create", HttpMethod.POST, new HttpEntity<>(form, headers),
                String.class);
    }
    /** A Cockpit session of the modeller: the webapp's login, with its CSRF token. */
    private HttpHeaders cockpitSession() {
        ResponseEntity<String> page = rest.getForEntity("/camunda/app/cockpit/default/", String.class);
        String cookies = cookies(page.getHeaders(), null);
        String xsrf = xsrf(page.getHeaders(), null);
        HttpHeaders login = new HttpHeaders();
        login.add(HttpHeaders.COOKIE, cookies);
        login.add("X-XSRF-TOKEN", xsrf);
        login.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        ResponseEntity<String> loggedIn = rest.exchange("/camunda/api/admin/auth/user/default/login/cockpit",
                HttpMethod.POST, new HttpEntity<>("username=" + MODELLER + "&password=" + PASSWORD, login), String.class);
        assertThat(loggedIn.getStatusCode()).as(loggedIn.getBody()).isEqualTo(HttpStatus.OK);
        // the login starts a new session: the page hands out its CSRF token again
        HttpHeaders signedIn = new HttpHeaders();
        signedIn.add(HttpHeaders.COOKIE, cookies(loggedIn.getHeaders(), cookies));
        ResponseEntity<String> again = rest.exchange("/camunda/app/cockpit/default/", HttpMethod.GET,
                new HttpEntity<>(signedIn), String.class);
        HttpHeaders session = new HttpHeaders();
        session.add(HttpHeaders.COOKIE, cookies(loggedIn.getHeaders(), cookies));
        session.add("X-XSRF-TOKEN", xsrf(again.getHeaders(), xsrf(loggedIn.getHeaders(), xsrf)));
        return session;
    }

    @Test
    void cockpitsUnpagedListsArePagedAtTheLimitWhileEngineRestMustPage() throws Exception {
        // given Cockpit's own request for the versions of a definition, sent without a page size
        String versions = "/process-definition?key=LiquorWholesaleLicenceProcess&sortBy=version&sortOrder=desc";

        ResponseEntity<String> cockpit = rest.exchange("/camunda/api/engine/engine/default" + versions,
                HttpMethod.GET, new HttpEntity<>(cockpitSession()), String.class);
        ResponseEntity<String> engineRest = api.get(MODELLER, PASSWORD, "/engine-rest" + versions);

        // then Cockpit gets its list (the engine would refuse it unpaged), /engine-rest's clients must page
        assertThat(cockpit.getStatusCode()).as(cockpit.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(cockpit.getBody()).size()).isPositive();
        assertThat(engineRest.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

}
