package vn.motcua.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

import vn.motcua.MotcuaIT;

/** Deployments through Camunda's REST API (Camunda Modeler's deploy button) pass the model rules or store nothing. */
@MotcuaIT
class DeploymentIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    ProcessesDeployer processesDeployer;
    @Autowired
    ObjectMapper json;

    private long deploymentsBefore;

    @BeforeEach
    void countDeployments() {
        deploymentsBefore = repositoryService.createDeploymentQuery().count();
    }

    @Test
    void aModelBreakingARuleIsRejectedWith400NamingTheElementAndNothingIsStored() throws Exception {
        // given a model whose user task has no candidate group
        BpmnModelInstance model = Bpmn.createExecutableProcess("RejectedProcess")
                .camundaHistoryTimeToLive(30).camundaVersionTag("1")
                .startEvent("StartEvent_Received")
                .userTask("Task_NobodysJob").name("Việc không ai làm")
                .endEvent("EndEvent_Done")
                .done();

        // when a modeller deploys it from Camunda Modeler
        ResponseEntity<String> response = deploy("RejectedProcess.bpmn", xml(model));

        // then
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode body = json.readTree(response.getBody());
        assertThat(body.get("message").asText()).contains("Task_NobodysJob", "candidate-group");
        JsonNode error = body.get("details").get("RejectedProcess.bpmn").get("errors").get(0);
        assertThat(error.get("mainElementId").asText()).isEqualTo("Task_NobodysJob");
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("RejectedProcess").count())
                .isZero();
    }

    @Test
    void aRuleBrokenFortyTimesIsSummarisedAndListedInTheDetails() throws Exception {
        ResponseEntity<String> response = deploy("NobodysProcess.bpmn",
                xml(ModelProblemsTest.nobodysTasks("NobodysProcess", 40)));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode body = json.readTree(response.getBody());
        assertThat(body.get("message").asText()).contains("NobodysProcess.bpmn: 41 problems.",
                "candidate-group (40)", "Task_Step05 and 35 more").doesNotContain("Task_Step06").hasSizeLessThan(1000);
        assertThat(body.get("details").get("NobodysProcess.bpmn").get("errors")).hasSize(41);
    }

    @Test
    void aSubmittedProcedureModelBreakingARuleFortyTimesIsSummarisedWithEveryProblemListed() throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("modeller", "secret");
        headers.setContentType(MediaType.APPLICATION_XML);
        ResponseEntity<String> response = rest.exchange("/api/procedure-models", HttpMethod.POST,
                new HttpEntity<>(xml(ModelProblemsTest.nobodysTasks("NobodysProcedure", 40)), headers), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode body = json.readTree(response.getBody());
        assertThat(body.get("detail").asText()).startsWith("bpmn: 41 problems.")
                .contains("candidate-group (40)", "Task_Step05 and 35 more").hasSizeLessThan(1000);
        assertThat(body.get("problemCount").asInt()).isEqualTo(41);
        assertThat(body.get("problems")).hasSize(41);
        assertThat(body.get("problems").get(0).get("elementId").asText()).isEqualTo("Task_Step01");
        assertThat(body.get("problems").get(0).get("rule").asText()).isEqualTo("candidate-group");
    }

    @Test
    void oneBadFileRejectsTheWholeDeployment() throws Exception {
        BpmnModelInstance good = Bpmn.createExecutableProcess("GoodCompanionProcess")
                .camundaHistoryTimeToLive(30).camundaVersionTag("1")
                .startEvent("StartEvent_Received").endEvent("EndEvent_Done").done();
        BpmnModelInstance bad = Bpmn.createExecutableProcess("NoVersionTagProcess")
                .camundaHistoryTimeToLive(30)
                .startEvent("StartEvent_Received").endEvent("EndEvent_Done").done();

        ResponseEntity<String> response = deploy(new String[] {"GoodCompanionProcess.bpmn", "NoVersionTagProcess.bpmn"},
                xml(good), xml(bad));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("NoVersionTagProcess", "versionTag");
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("GoodCompanionProcess").count())
                .isZero();
    }

    @Test
    void malformedXmlIsRejectedWith400() throws Exception {
        ResponseEntity<String> response = deploy("Broken.bpmn",
                "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"><oops".getBytes(
                        StandardCharsets.UTF_8));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(response.getBody()).get("message").asText()).contains("not valid BPMN");
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
    }

    @Test
    void aModelFollowingTheRulesIsDeployed() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("AcceptedProcess")
                .camundaHistoryTimeToLive(30).camundaVersionTag("1")
                .startEvent("StartEvent_Received")
                .userTask("Task_Appraise").camundaCandidateGroups("specialist")
                .endEvent("EndEvent_Done")
                .done();

        ResponseEntity<String> response = deploy("AcceptedProcess.bpmn", xml(model));
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("AcceptedProcess").count())
                .isPositive();
    }

    @Test
    void aCollaborationWithTheCitizensSideAsASecondPoolIsDeployedItsExecutablePoolOnly() throws Exception {
        ResponseEntity<String> response = deploy("CitizenSideCollaboration.bpmn", ModelRulesTest.citizenSideCollaboration());

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("CitizenSideDemoProcess").count())
                .isPositive();
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("Process_0c7x1kd").count()).isZero();
    }

    @Test
    void theProcessesFolderIsDeployedWithPathsAsResourceNames() {
        ProcessDefinition liquor = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey("LiquorWholesaleLicenceProcess").latestVersion().singleResult();

        assertThat(liquor).isNotNull();
        assertThat(liquor.getResourceName())
                .isEqualTo("procedures/so-cong-thuong/LiquorWholesaleLicenceProcess.bpmn");
        assertThat(liquor.getVersionTag()).isNotBlank();
    }

    @Test
    void nothingFromTestResourcesIsDeployed() {
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("NotDeployedProcess").count())
                .isZero();
    }

    @Test
    void deployingAnUnchangedProcessesFolderAgainCreatesNoNewVersion() throws Exception {
        long definitions = repositoryService.createProcessDefinitionQuery().count();

        processesDeployer.deployChangedProcesses();

        assertThat(repositoryService.createProcessDefinitionQuery().count()).isEqualTo(definitions);
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
    }

    private static byte[] xml(BpmnModelInstance model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Bpmn.writeModelToStream(out, model);
        return out.toByteArray();
    }

    private ResponseEntity<String> deploy(String fileName, byte[] content) {
        return deploy(new String[] {fileName}, content);
    }

    private ResponseEntity<String> deploy(String[] fileNames, byte[]... contents) {
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("deployment-name", "from-modeler");
        for (int i = 0; i < fileNames.length; i++) {
            String fileName = fileNames[i];
            form.add(fileName, new ByteArrayResource(contents[i]) {
                @Override
                public String getFilename() {
                    return fileName;
                }
            });
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("testadmin", "admin-secret");
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.exchange("/engine-rest/deployment/create", HttpMethod.POST, new HttpEntity<>(form, headers),
                String.class);
    }
}
